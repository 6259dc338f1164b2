/**
 * The records of the open data files (/data/*.json). Each is taken from its content schema
 * with .pick() so the field names and descriptions stay the editors' own; only what the
 * published file says differently (dates as plain strings, themes with their national
 * vocabularies, computed fields) is added with .extend(). The JSON Schemas published beside
 * the files are generated from these, never written by hand.
 */
import { z } from 'zod';
import { BriefingFields } from './briefing.ts';
import { CourseSchema, EvaluationSchema, SessionFields } from './course.ts';
import { ThemeSchema } from './data.ts';
import { RecommendationSchema, ReviewSchema } from './review.ts';

/** Dates in the published files are plain `YYYY-MM-DD` strings. */
const DateField = z.iso.date();
/** A session time as published: 24-hour HH:MM, local time in Europe/London. */
const TimeField = z.string().regex(/^\d{2}:\d{2}$/).describe('24-hour local time in Europe/London, e.g. 09:30.');

/**
 * The version of the open data files' shape. Any change to a field another site may read
 * (renamed, removed, newly required, narrowed) raises it; a site reading a neighbour's data
 * reads only the version it knows and says so when the neighbour's differs.
 */
export const OPEN_DATA_VERSION = 1;

const Common = {
  partnership: z.string().describe('The partnership that published the entry, so a record read on its own still says whose it is.'),
  id: z.string().describe('Stable identifier: the entry’s slug, which is also its address on the site.'),
  url: z.url().describe('Address of the entry’s page.'),
  published: DateField.describe('The date the entry was published.'),
  themes: z
    .array(ThemeSchema.pick({ id: true, name: true, panel: true, nspcc: true }))
    .describe('Themes, each with the Child Safeguarding Practice Review Panel themes and NSPCC repository keywords it maps to: the national vocabulary through which other partnerships’ themes meet these.'),
};

export const OpenRecommendationSchema = z.strictObject({
  ...RecommendationSchema.pick({ text: true, owners: true, status: true, impact: true }).shape,
  id: z.string().describe('Stable identifier: the review’s slug and the recommendation’s reference, e.g. child-q-2024#R1.'),
  review: z.string().describe('The id of the review that made the recommendation.'),
  reference: RecommendationSchema.shape.id,
  due: DateField.describe('When it should be complete.'),
  completed: DateField.optional().describe('When it was completed.'),
  overdue: z.boolean().describe('Past its due date and not complete, on the date the file was built.'),
});

const ReviewShape = z.strictObject(ReviewSchema.shape);
export const OpenReviewSchema = ReviewShape.pick({
  title: true,
  summary: true,
  priorities: true,
  kind: true,
  subject: true,
  agencies: true,
  ageGroups: true,
  keyMessages: true,
  method: true,
  goodPractice: true,
  report: true,
}).extend({
  ...Common,
  updated: DateField.describe('The date of the latest change to the page; the published date when there is none.'),
  period: z.strictObject({ from: DateField, to: DateField }).optional().describe('The period the review looked at.'),
  recommendations: z.array(OpenRecommendationSchema.omit({ review: true })).describe('Recommendations and where they stand.'),
});

export const OpenBriefingSchema = BriefingFields.pick({
  title: true,
  summary: true,
  priorities: true,
  format: true,
  sources: true,
  audiences: true,
  sectors: true,
  keyMessages: true,
  questions: true,
  courses: true,
}).extend({
  ...Common,
  updated: DateField.describe('The date of the latest change to the page; the published date when there is none.'),
  card: z.url().describe('Address of the briefing’s 1200×630 PNG card.'),
});

export const OpenCourseSchema = CourseSchema.pick({
  title: true,
  summary: true,
  priorities: true,
  level: true,
  prerequisites: true,
  delivery: true,
  durationMinutes: true,
  audience: true,
  outcomes: true,
  trainers: true,
  accreditation: true,
  cost: true,
  booking: true,
  sectors: true,
}).extend({
  ...Common,
  sessions: z.array(z.strictObject({ ...SessionFields, date: DateField, start: TimeField.optional(), end: TimeField.optional() })).describe('Sessions on or after the date the file was built.'),
  evaluation: EvaluationSchema.optional(),
});

/** A published data file: who published it, when, and its records. */
const dataFile = <T extends z.ZodType>(record: T, what: string) =>
  z.strictObject({
    $schema: z.url().describe('Address of this file’s JSON Schema.'),
    schemaVersion: z.literal(OPEN_DATA_VERSION).describe('The version of this file’s shape; it changes only when a field another site may read changes.'),
    title: z.string(),
    publisher: z.string().describe('The partnership that publishes the data.'),
    generated: DateField.describe('The build date: the data is true as of this day.'),
    count: z.int().nonnegative(),
    items: z.array(record).describe(what),
  });

export const OPEN_DATA_FILES = {
  reviews: dataFile(OpenReviewSchema, 'Published reviews, newest first.'),
  briefings: dataFile(OpenBriefingSchema, 'Published learning briefings, newest first.'),
  courses: dataFile(OpenCourseSchema, 'Published courses of the training tree.'),
  recommendations: dataFile(OpenRecommendationSchema, 'Every recommendation of every published review.'),
} as const;

export type OpenDataName = keyof typeof OPEN_DATA_FILES;
export const OPEN_DATA_NAMES = Object.keys(OPEN_DATA_FILES) as OpenDataName[];
export type OpenReview = z.output<typeof OpenReviewSchema>;
export type OpenBriefing = z.output<typeof OpenBriefingSchema>;
export type OpenCourse = z.output<typeof OpenCourseSchema>;
export type OpenRecommendation = z.output<typeof OpenRecommendationSchema>;
export type OpenDataFile<N extends OpenDataName> = z.output<(typeof OPEN_DATA_FILES)[N]>;

/**
 * The JSON Schema of a data file, generated from its zod schema.
 * @example openDataJsonSchema('reviews', 'https://example.org/data/reviews.schema.json').$id
 */
export function openDataJsonSchema(name: OpenDataName, id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(OPEN_DATA_FILES[name], { io: 'output', target: 'draft-2020-12' }), $id: id, title: `${name} open data` };
}
