/**
 * Every schema of the content model, in one place: the content config, the validators,
 * the scaffolding CLI and the generated references all import from here.
 */
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

/** MDX collections: `content/<name>/*.mdx`, file name = slug = URL. */
export const ENTRY_COLLECTIONS = {
  reviews: ReviewSchema,
  briefings: BriefingSchema,
  courses: CourseSchema,
  priorities: PrioritySchema,
  newsletters: NewsletterSchema,
  pages: PageSchema,
} as const;

/** YAML data files at the root of `content/`. Lists are keyed by `id`. */
export const DATA_FILES = {
  partnership: { file: 'partnership.yaml', schema: PartnershipSchema, list: false },
  themes: { file: 'themes.yaml', schema: ThemeSchema, list: true },
  agencies: { file: 'agencies.yaml', schema: AgencySchema, list: true },
  sectors: { file: 'sectors.yaml', schema: SectorSchema, list: true },
  // Optional: without it the site has no neighbours (see "Learning from other partnerships").
  network: { file: 'network.yaml', schema: NetworkSchema, list: false, optional: true },
} as const;

export type EntryCollection = keyof typeof ENTRY_COLLECTIONS;
export const ENTRY_COLLECTION_NAMES = Object.keys(ENTRY_COLLECTIONS) as EntryCollection[];
