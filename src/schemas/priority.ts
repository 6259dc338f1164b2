import { z } from 'zod';
import { IdSchema, IsoDateSchema, PeriodSchema, TextSchema } from './_primitives.ts';
import { SUMMARY_MAX } from './common.ts';

export const PRIORITY_STATUSES = ['current', 'previous'] as const;

export const PrioritySchema = z.strictObject({
  order: z.number().int().positive('order is a whole number from 1').describe('Position in the list of priorities, from 1.'),
  title: TextSchema.describe('The priority, e.g. "Neglect".'),
  summary: TextSchema.max(SUMMARY_MAX, `keep the summary to ${SUMMARY_MAX} characters or fewer`).describe('One or two sentences.'),
  period: PeriodSchema.describe('The years the priority runs.'),
  status: z.enum(PRIORITY_STATUSES).describe('current | previous.'),
  published: IsoDateSchema.optional().describe('Optional go-live date; without it the page is public at once.'),
  draft: z.boolean().default(false).describe('true keeps the page off the public site. Default false.'),
  themes: z.array(IdSchema).default([]).describe('Theme ids from content/themes.yaml.'),
  pagefind: z.boolean().default(true).describe('false leaves the page out of the site search. Default true.'),
});

export type Priority = z.output<typeof PrioritySchema>;
