import { z } from 'zod';
import { IdSchema, IsoDateSchema, SlugSchema, TextSchema } from './_primitives.ts';

export const SUMMARY_MAX = 300;

/** Fields shared by reviews, briefings, courses and newsletters. */
export const PublishableFields = {
  title: TextSchema.describe('The title shown on the page and in listings. Required.'),
  summary: TextSchema.max(SUMMARY_MAX, `keep the summary to ${SUMMARY_MAX} characters or fewer: one or two sentences`).describe(
    `One or two sentences, at most ${SUMMARY_MAX} characters, shown in listings, search results and feeds. Required.`,
  ),
  published: IsoDateSchema.describe('The date the entry goes live (YYYY-MM-DD). A date after the build date is an embargo. Required.'),
  draft: z.boolean().default(false).describe('true keeps the entry off the public site whatever its date. Default false.'),
  themes: z.array(IdSchema).default([]).describe('Theme ids from content/themes.yaml. Default none.'),
  priorities: z.array(SlugSchema).default([]).describe('Priority slugs (file names in content/priorities/). Default none.'),
  pagefind: z.boolean().default(true).describe('false leaves the page out of the site search. Default true.'),
};
