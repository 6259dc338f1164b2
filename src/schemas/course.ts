import { z } from 'zod';
import { IdSchema, IsoDateSchema, LinkSchema, SlugSchema, TextSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const COURSE_LEVELS = ['foundation', 'core', 'specialist'] as const;
export const DELIVERY_MODES = ['full-day', 'half-day', 'virtual', 'e-learning', 'need-to-know', 'podcast', 'film', 'learning-event', 'conference'] as const;
export const TRAINER_KINDS = ['intake', 'associate', 'specialist', 'external'] as const;

const Percentage = z.number().min(0, 'a percentage is between 0 and 100').max(100, 'a percentage is between 0 and 100');

export const SessionSchema = z.strictObject({
  date: IsoDateSchema.describe('The day of the session (YYYY-MM-DD). Only future sessions are shown.'),
  location: TextSchema.describe('Where it happens, or "Online".'),
  places: z.number().int().nonnegative().optional().describe('Places available. Optional.'),
});

export const EvaluationSchema = z.strictObject({
  reaction: Percentage.optional().describe('Kirkpatrick level 1: % of attendees satisfied.'),
  learning: Percentage.optional().describe('Kirkpatrick level 2: % reporting increased knowledge.'),
  behaviour: Percentage.optional().describe('Kirkpatrick level 3: % reporting changed practice.'),
  results: TextSchema.optional().describe('Kirkpatrick level 4: the difference made for children, in words.'),
  responses: z.number().int().nonnegative().optional().describe('How many evaluations were returned.'),
});

export const CourseSchema = z.strictObject({
  ...PublishableFields,
  level: z.enum(COURSE_LEVELS).describe('foundation (roots: everyone) | core (trunk: multi-agency) | specialist (branches: subject courses).'),
  prerequisites: z.array(SlugSchema).default([]).describe('Slugs of courses to take first. A cycle fails the build.'),
  delivery: z.enum(DELIVERY_MODES).describe(`How it is delivered: ${DELIVERY_MODES.join(' | ')}.`),
  durationMinutes: z.number().int().positive('give the length in minutes, e.g. 180').describe('Length in minutes.'),
  audience: TextSchema.describe('Who the course is for.'),
  outcomes: z.array(TextSchema).min(1, 'give at least one learning outcome').describe('Learning outcomes: at least one.'),
  trainers: z.enum(TRAINER_KINDS).describe(`Who delivers it: ${TRAINER_KINDS.join(' | ')}.`),
  accreditation: TextSchema.optional().describe('Accrediting body, if any.'),
  cost: TextSchema.optional().describe('Cost, e.g. "Free to partner agencies".'),
  booking: LinkSchema.optional().describe('Where to book: an https:// address, a mailto: or tel: link, or a path on this site. Optional.'),
  sectors: z.array(IdSchema).default([]).describe('Sector ids (content/sectors.yaml) for the role pathways.'),
  sessions: z.array(SessionSchema).default([]).describe('Dated sessions; past ones are hidden.'),
  evaluation: EvaluationSchema.optional().describe('Kirkpatrick evaluation results. Optional.'),
});

export type Course = z.output<typeof CourseSchema>;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
