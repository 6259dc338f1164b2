import { z } from 'zod';
import { ContentNoticeSchema, IdSchema, SlugSchema, TextSchema, UpdateSchema } from './_primitives.ts';
import { PublishableFields } from './common.ts';

export const BRIEFING_FORMATS = ['seven-minute', 'learning-summary', 'practice-guidance', 'podcast', 'video'] as const;
export const AUDIENCES = ['partnership', 'workforce', 'children-families', 'public'] as const;

/** A seven-minute briefing has exactly this many `##` sections. */
export const SEVEN_MINUTE_SECTIONS = 7;

/** A file the site serves itself from public/, e.g. /media/film.mp4: never another site's player. */
const localFile = (extensions: readonly string[], example: string) =>
  z
    .string()
    .trim()
    .refine((href) => href.startsWith('/') && !href.startsWith('//'), {
      message: `expected the address of a file under public/, starting with /, e.g. ${example}. Films and recordings are served by this site itself, never from another site's player, so save the file under public/media/`,
    })
    .refine((href) => !href.startsWith('/') || href.startsWith('//') || new RegExp(`\\.(${extensions.join('|')})$`, 'i').test(href), {
      message: `expected a file ending ${extensions.map((e) => `.${e}`).join(', ')}, e.g. ${example}`,
    });

export const MEDIA_EXTENSIONS = { video: ['mp4', 'webm'], podcast: ['mp3', 'm4a', 'mp4'] } as const;

export const MediaSchema = z.strictObject({
  src: localFile(['mp4', 'webm', 'mp3', 'm4a'], '/media/safer-sleep.mp4').describe('The film (MP4 or WebM) or recording (MP3 or M4A) under public/, e.g. /media/safer-sleep.mp4. Its length is read from the file.'),
  captions: localFile(['vtt'], '/media/safer-sleep.en.vtt').optional().describe('WebVTT captions under public/, e.g. /media/safer-sleep.en.vtt. Required for a video.'),
  poster: localFile(['jpg', 'jpeg', 'png', 'webp'], '/media/safer-sleep.jpg').optional().describe('A still shown before a film plays, under public/, e.g. /media/safer-sleep.jpg. Optional.'),
});

/** The briefing fields without the rules across them: for schemas that pick some (open data). */
export const BriefingFields = z.strictObject({
  ...PublishableFields,
  format: z.enum(BRIEFING_FORMATS).describe(`The kind of briefing: ${BRIEFING_FORMATS.join(' | ')}. A seven-minute briefing has exactly seven ## sections.`),
  sources: z.array(SlugSchema).default([]).describe('Slugs of the reviews the learning comes from. Optional.'),
  audiences: z.array(z.enum(AUDIENCES)).min(1, 'name at least one audience').describe(`Who it is for: ${AUDIENCES.join(' | ')}.`),
  sectors: z.array(IdSchema).default([]).describe('Sector ids (content/sectors.yaml) for the role pathways. Optional.'),
  keyMessages: z.array(TextSchema).min(1, 'give at least one key message').max(7, 'keep to seven key messages at most').describe('One to seven short sentences.'),
  questions: z.array(TextSchema).default([]).describe('Reflective questions for supervision or team meetings.'),
  courses: z.array(SlugSchema).default([]).describe('Slugs of related courses.'),
  contentNotice: ContentNoticeSchema,
  allowPhrases: z.array(TextSchema).default([]).describe('Phrases accepted after the anonymisation check flagged them.'),
  updates: z.array(UpdateSchema).default([]).describe('Page history, newest first.'),
  media: MediaSchema.optional().describe('The film or recording of a video or podcast briefing: files under public/. Required for those formats; the body needs a ## Transcript section.'),
});

export const BriefingSchema = BriefingFields.superRefine((briefing, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const plays = briefing.format === 'video' || briefing.format === 'podcast';
  const noun = briefing.format === 'video' ? 'film' : 'recording';
  if (plays && !briefing.media) {
    issue(['media'], `is required but missing: a ${briefing.format} briefing plays its ${noun}. Add \`media:\` with \`src:\` (the file under public/, e.g. /media/${briefing.format === 'video' ? 'film.mp4' : 'episode.mp3'})${briefing.format === 'video' ? ' and `captions:` (its WebVTT file)' : ''}`);
  }
  if (!plays && briefing.media) issue(['format'], 'does not play anything, but the briefing has `media:`. Choose format: video for a film or format: podcast for a recording, or remove media');
  if (briefing.format === 'video' && briefing.media && !briefing.media.captions) {
    issue(['media', 'captions'], 'is required but missing: a film needs captions for people who cannot hear it. Add `captions:` with its WebVTT file under public/, e.g. /media/film.en.vtt');
  }
  const src = briefing.media?.src;
  if (plays && src && /\.[a-z0-9]+$/i.test(src)) {
    const extension = src.split('.').pop()!.toLowerCase();
    const allowed: readonly string[] = MEDIA_EXTENSIONS[briefing.format as 'video' | 'podcast'];
    if (!allowed.includes(extension)) issue(['media', 'src'], `a .${extension} file is not a ${noun} a ${briefing.format} briefing can play. Use ${allowed.map((e) => `.${e}`).join(' or ')}${briefing.format === 'video' ? ', or choose format: podcast for a recording' : ''}`);
  }
});

export type Briefing = z.output<typeof BriefingSchema>;
export type BriefingFormat = (typeof BRIEFING_FORMATS)[number];
export type Audience = (typeof AUDIENCES)[number];
