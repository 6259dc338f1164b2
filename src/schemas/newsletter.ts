import { z } from 'zod';
import { PeriodSchema, SlugSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const FEATURABLE_COLLECTIONS = ['reviews', 'briefings', 'courses', 'priorities'] as const;

export const FeaturedSchema = z.strictObject({
  collection: z.enum(FEATURABLE_COLLECTIONS).describe(`Which collection: ${FEATURABLE_COLLECTIONS.join(' | ')}.`),
  slug: SlugSchema.describe('The entry’s file name without .mdx.'),
});

export const NewsletterSchema = z.strictObject({
  ...PublishableFields,
  period: PeriodSchema.describe('The issue gathers everything published inside this period.'),
  featured: z.array(FeaturedSchema).default([]).describe('Entries to put first. Optional.'),
});

export type Newsletter = z.output<typeof NewsletterSchema>;
