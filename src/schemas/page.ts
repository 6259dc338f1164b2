import { z } from 'zod';
import { IsoDateSchema, TextSchema } from './_primitives.ts';
import { SUMMARY_MAX } from './common.ts';

export const PageSchema = z.strictObject({
  title: TextSchema.describe('The page title.'),
  summary: TextSchema.max(SUMMARY_MAX, `keep the summary to ${SUMMARY_MAX} characters or fewer`).optional().describe('One or two sentences. Optional.'),
  published: IsoDateSchema.optional().describe('Optional go-live date.'),
  draft: z.boolean().default(false).describe('true keeps the page off the public site. Default false.'),
  order: z.number().int().default(100).describe('Position in the footer and about menu; lower comes first. Default 100.'),
  pagefind: z.boolean().default(true).describe('false leaves the page out of the site search. Default true.'),
});

export type Page = z.output<typeof PageSchema>;
