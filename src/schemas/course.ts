import { z } from 'zod';
import { IdSchema, IsoDateSchema, LinkSchema, SlugSchema, TextSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const COURSE_LEVELS = ['foundation', 'core', 'specialist'] as const;
export const DELIVERY_MODES = ['full-day', 'half-day', 'virtual', 'e-learning', 'need-to-know', 'podcast', 'film', 'learning-event', 'conference'] as const;
export const TRAINER_KINDS = ['intake', 'associate', 'specialist', 'external'] as const;

const Percentage = z.number().min(0, 'a percentage is between 0 and 100').max(100, 'a percentage is between 0 and 100');

const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** 24-hour local time in Europe/London, e.g. 09:30; "9:30" is read as 09:30. */
export const TimeSchema = z
  .string()
  .trim()
  .regex(TIME, 'expected a 24-hour time written HH:MM, e.g. "09:30" or "13:45"')
  .transform((time) => time.padStart(5, '0'))
  .meta({ examples: ['09:30'] });

/** The fields of a session, for schemas that reuse them (open data). */
export const SessionFields = {
  date: IsoDateSchema.describe('The day of the session (YYYY-MM-DD). Only sessions from the build date on are shown.'),
  start: TimeSchema.optional().describe('Start time, 24-hour local time in Europe/London, e.g. "09:30". Optional: without start and end the session is all day.'),
  end: TimeSchema.optional().describe('End time, 24-hour local time in Europe/London, e.g. "12:30"; after start. Required with start.'),
  location: TextSchema.optional().describe('Where it happens, e.g. "Northvale Civic Centre". Give location or online: true, not both.'),
  online: z.boolean().default(false).describe('true for a session held online, instead of a location. Default false.'),
  booking: LinkSchema.optional().describe("Booking page for this session: an https:// address, a mailto: or tel: link, or a path on this site; overrides the course's booking. Optional."),
  places: z.number().int().nonnegative().optional().describe('Places still available; 0 shows the session as full. Optional.'),
  full: z.boolean().default(false).describe('true shows the session as full, with how to join the waiting list. Default false.'),
};

export const SessionSchema = z
  .strictObject(SessionFields)
  .superRefine((session, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (session.online && session.location) issue('online', 'the session also has a location, and it can have only one. Keep one: remove `location:` for an online session, or `online: true` for one held in person');
    else if (!session.online && session.location && /^(online|virtual|teams|zoom)$/i.test(session.location)) issue('location', 'a session held online takes `online: true` instead of a location. Replace this line with `online: true`');
    else if (!session.online && !session.location) issue('location', 'is required but missing. Add `location:` with where the session happens, or `online: true` for a session held online');
    if (session.start && !session.end) issue('end', `is required but missing: the session starts at ${session.start}. Add \`end:\` with the time it finishes, e.g. "12:30"`);
    if (session.end && !session.start) issue('start', `is required but missing: the session ends at ${session.end}. Add \`start:\` with the time it begins, e.g. "09:30"`);
    // Compared only once both are well-formed (a malformed time has its own message).
    if (session.start && session.end && TIME.test(session.start) && TIME.test(session.end) && session.end.padStart(5, '0') <= session.start.padStart(5, '0')) {
      issue('end', `must be after the start time (${session.start}). Write the time the session finishes in 24-hour time, e.g. "16:30" for half past four`);
    }
  })
  .meta({ examples: [{ date: '2025-03-14', start: '09:30', end: '12:30', location: 'Northvale Civic Centre', places: 20 }] });

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
  booking: LinkSchema.optional().describe('Where to book: an https:// address, a mailto: or tel: link, or a path on this site; a session may give its own. Optional.'),
  sectors: z.array(IdSchema).default([]).describe('Sector ids (content/sectors.yaml) for the role pathways.'),
  sessions: z.array(SessionSchema).default([]).describe('Dated sessions, with times, place and booking; past ones are hidden.'),
  evaluation: EvaluationSchema.optional().describe('Kirkpatrick evaluation results. Optional.'),
});

export type Course = z.output<typeof CourseSchema>;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export type Session = z.output<typeof SessionSchema>;
