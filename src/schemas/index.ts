/**
 * Every schema of the content model, in one place: the content config, the validators,
 * the scaffolding CLI and the generated references all import from here.
 */
import type { ZodType } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { BriefingSchema } from './briefing.ts';
import { CourseSchema } from './course.ts';
import { AgencySchema, PartnershipSchema, SectorSchema, ThemeSchema } from './data.ts';
import { NetworkSchema } from './network.ts';
import { NewsletterSchema } from './newsletter.ts';
import { PageSchema } from './page.ts';
import { PrioritySchema } from './priority.ts';
import { ReviewSchema } from './review.ts';

export * from './_primitives.ts';
export * from './common.ts';
export * from './review.ts';
export * from './briefing.ts';
export * from './course.ts';
export * from './priority.ts';
export * from './newsletter.ts';
export * from './page.ts';
export * from './data.ts';
export * from './newsletter-settings.ts';
export * from './network.ts';

/**
 * Each registered collection's schema (src/collections.ts): `content/<name>/*.{md,mdx}`, file
 * name = slug = URL. A registry name without a schema, or a schema for no name, fails to compile.
 */
export const ENTRY_COLLECTIONS = {
  reviews: ReviewSchema,
  briefings: BriefingSchema,
  courses: CourseSchema,
  priorities: PrioritySchema,
  newsletters: NewsletterSchema,
  pages: PageSchema,
} as const satisfies Record<CollectionName, ZodType>;

/** YAML data files at the root of `content/`. Lists are keyed by `id`. */
export const DATA_FILES = {
  partnership: { file: 'partnership.yaml', schema: PartnershipSchema, list: false },
  themes: { file: 'themes.yaml', schema: ThemeSchema, list: true },
  agencies: { file: 'agencies.yaml', schema: AgencySchema, list: true },
  sectors: { file: 'sectors.yaml', schema: SectorSchema, list: true },
  // Optional: without it the site has no neighbours (see "Learning from other partnerships").
  network: { file: 'network.yaml', schema: NetworkSchema, list: false, optional: true },
} as const;

export type EntryCollection = CollectionName;
export const ENTRY_COLLECTION_NAMES: readonly EntryCollection[] = COLLECTION_NAMES;
