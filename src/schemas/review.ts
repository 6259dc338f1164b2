import { z } from 'zod';
import { DocumentHrefSchema, IdSchema, IsoDateSchema, PeriodSchema, TextSchema, UpdateSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const REVIEW_KINDS = [
  'lcspr',
  'rapid-review',
  'national-review',
  'scr',
  'learning-review',
  'multi-agency-audit',
  'thematic-audit',
  'good-practice-review',
  'single-agency-review',
  'section-11-audit',
  'sar',
  'dhr',
] as const;

export const AGE_GROUPS = ['pre-birth', 'under-1', '1-4', '5-11', '12-15', '16-17', '18-25'] as const;

export const RECOMMENDATION_STATUSES = ['not-started', 'in-progress', 'complete', 'not-achieved'] as const;

export const REPORT_STATUSES = ['published', 'withdrawn', 'not-published', 'delayed'] as const;

export const DOCUMENT_FORMATS = ['pdf', 'docx', 'odt', 'html', 'xlsx', 'csv', 'pptx', 'mp3', 'mp4', 'txt'] as const;

export const RecommendationSchema = z.strictObject({
  id: TextSchema.describe('A short reference, unique within the review, e.g. R1.'),
  text: TextSchema.describe('What the recommendation asks for.'),
  owners: z.array(IdSchema).min(1, 'name at least one owning agency id from content/agencies.yaml').describe('Agency ids (content/agencies.yaml) responsible for it.'),
  due: IsoDateSchema.describe('When it should be complete (YYYY-MM-DD). Past this and not complete, it shows as overdue.'),
  status: z.enum(RECOMMENDATION_STATUSES).describe('not-started | in-progress | complete | not-achieved.'),
  completed: IsoDateSchema.optional().describe('The date it was completed (YYYY-MM-DD). Optional.'),
  impact: TextSchema.optional().describe('Evidence of the difference it made. Optional.'),
});

export const DocumentSchema = z.strictObject({
  label: TextSchema.describe('Link text, e.g. "Full report".'),
  href: DocumentHrefSchema.describe('A file under public/, written as its path from there (e.g. /reports/child-q.pdf for public/reports/child-q.pdf), or an https:// address. The path must stay inside public/; the file is published only while this review is public and its report not withdrawn.'),
  format: z.enum(DOCUMENT_FORMATS).describe(`The file format: ${DOCUMENT_FORMATS.join(' | ')}.`),
  bytes: z.number().int().positive().optional().describe('File size in bytes. Optional: read from the file when it is under public/.'),
});

export const TimelineSchema = z.strictObject({
  notified: IsoDateSchema.optional().describe('Serious incident notification date.'),
  rapidReview: IsoDateSchema.optional().describe('Date the rapid review was completed.'),
  started: IsoDateSchema.optional().describe('Date the review started.'),
  completed: IsoDateSchema.optional().describe('Date the final report was completed.'),
});

export const ChecksSchema = z.strictObject({
  familyInformed: z.boolean().default(false).describe('The family has been told the report will be published.'),
  panelSent: z.boolean().default(false).describe('The report has been sent to the national Panel.'),
  proceedingsClear: z.boolean().default(false).describe('No parallel proceedings stand in the way.'),
});

export const ReviewSchema = z
  .strictObject({
    ...PublishableFields,
    kind: z.enum(REVIEW_KINDS).describe(`The kind of review: ${REVIEW_KINDS.join(' | ')}.`),
    subject: TextSchema.optional().describe('The pseudonym used for the child or family, e.g. "Child Q". Optional.'),
    author: TextSchema.optional().describe('The independent reviewer or author. Optional.'),
    period: PeriodSchema.optional().describe('The period the review looked at. Optional.'),
    agencies: z.array(IdSchema).default([]).describe('Agency ids (content/agencies.yaml) involved in the review.'),
    sectors: z.array(IdSchema).optional().describe('Sector ids (content/sectors.yaml) whose role pathways list this review. Optional: by default, the sectors of its agencies.'),
    ageGroups: z.array(z.enum(AGE_GROUPS)).default([]).describe(`Ages of the children concerned: ${AGE_GROUPS.join(' | ')}.`),
    keyMessages: z
      .array(TextSchema)
      .min(1, 'give at least one key message')
      .max(7, 'keep to seven key messages at most')
      .describe('One to seven short sentences: the learning in brief.'),
    recommendations: z.array(RecommendationSchema).default([]).describe('Recommendations with owners, due dates and status.'),
    method: TextSchema.optional().describe('The review model, e.g. SILP, Learning Together. Optional.'),
    goodPractice: z.array(TextSchema).default([]).describe('Good practice the review found. Optional.'),
    timeline: TimelineSchema.optional().describe('Key dates, from which timeliness is worked out. Optional.'),
    report: z.enum(REPORT_STATUSES).describe(`Whether the report is available: ${REPORT_STATUSES.join(' | ')}.`),
    documents: z.array(DocumentSchema).default([]).describe('Report files: full report, summary, partnership response.'),
    retainUntil: IsoDateSchema.optional().describe('After this date the report files leave the site; the learning stays. Optional.'),
    checks: ChecksSchema.optional().describe('Pre-publication checklist. Required when the partnership turns the checklist on.'),
    allowPhrases: z.array(TextSchema).default([]).describe('Phrases accepted after the anonymisation check flagged them.'),
    updates: z.array(UpdateSchema).default([]).describe('Page history, newest first.'),
  })
  .superRefine((review, ctx) => {
    const ids = new Set<string>();
    review.recommendations.forEach((rec, i) => {
      if (ids.has(rec.id)) ctx.addIssue({ code: 'custom', path: ['recommendations', i, 'id'], message: `the id "${rec.id}" is used twice; give each recommendation its own id` });
      ids.add(rec.id);
    });
  });

export type ReviewInput = z.input<typeof ReviewSchema>;
export type Review = z.output<typeof ReviewSchema>;
export type Recommendation = z.output<typeof RecommendationSchema>;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
