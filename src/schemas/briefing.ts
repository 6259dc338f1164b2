import { z } from 'zod';
import { IdSchema, SlugSchema, TextSchema, UpdateSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const BRIEFING_FORMATS = ['seven-minute', 'learning-summary', 'practice-guidance', 'podcast', 'video'] as const;
export const AUDIENCES = ['partnership', 'workforce', 'children-families', 'public'] as const;

/** A seven-minute briefing has exactly this many `##` sections. */
export const SEVEN_MINUTE_SECTIONS = 7;

export const BriefingSchema = z.strictObject({
  ...PublishableFields,
  format: z.enum(BRIEFING_FORMATS).describe(`The kind of briefing: ${BRIEFING_FORMATS.join(' | ')}. A seven-minute briefing has exactly seven ## sections.`),
  sources: z.array(SlugSchema).default([]).describe('Slugs of the reviews the learning comes from. Optional.'),
  audiences: z.array(z.enum(AUDIENCES)).min(1, 'name at least one audience').describe(`Who it is for: ${AUDIENCES.join(' | ')}.`),
  sectors: z.array(IdSchema).default([]).describe('Sector ids (content/sectors.yaml) for the role pathways. Optional.'),
  keyMessages: z.array(TextSchema).min(1, 'give at least one key message').max(7, 'keep to seven key messages at most').describe('One to seven short sentences.'),
  questions: z.array(TextSchema).default([]).describe('Reflective questions for supervision or team meetings.'),
  courses: z.array(SlugSchema).default([]).describe('Slugs of related courses.'),
  allowPhrases: z.array(TextSchema).default([]).describe('Phrases accepted after the anonymisation check flagged them.'),
  updates: z.array(UpdateSchema).default([]).describe('Page history, newest first.'),
});

export type Briefing = z.output<typeof BriefingSchema>;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];
export type Audience = (typeof AUDIENCES)[number];
