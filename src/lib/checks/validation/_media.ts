/**
 * The checks on a film or podcast briefing that need its files and its body: the media file
 * is there and is a film (video) or a recording (podcast), the captions are WebVTT, and the
 * body has a `## Transcript` section with words under it, so everyone can follow it: deaf
 * readers, people who cannot play sound at work, and anyone who would rather read.
 */
import type { Problem } from '../../errors.ts';
import type { MediaFactsMap } from '../../media/index.ts';

export interface MediaRef {
  src: string;
  captions?: string | undefined;
  poster?: string | undefined;
}

/** The formats that play something. */
export const MEDIA_FORMATS = ['video', 'podcast'] as const;

/**
 * Whether a body has a `## Transcript` section. An empty one is reported by the check for
 * sections with nothing under them, so it is not named twice.
 * @example hasTranscript('## Transcript\n\nHello.') // true
 */
export function hasTranscript(body: string): boolean {
  return /^##[ \t]+Transcript[ \t]*#*[ \t]*$/im.test(body);
}

function missing(file: string, field: string, href: string): Problem {
  return { code: 'media-file-missing', file, field, message: `is "${href}", but there is no file public${href}. Put the file there (check the spelling and the folder), or correct the address.`, severity: 'error' };
}

/**
 * Problems with a video or podcast briefing's media against its files and body.
 * @example checkMedia('content/briefings/x.mdx', { format: 'video', media: { src: '/media/x.mp4' } }, 'No transcript.', new Map())[0].field // 'body'
 */
export function checkMedia(file: string, data: { format: string; media?: MediaRef | undefined }, body: string, facts: MediaFactsMap | undefined): Problem[] {
  if (!(MEDIA_FORMATS as readonly string[]).includes(data.format)) return [];
  const problems: Problem[] = [];
  const noun = data.format === 'video' ? 'film' : 'podcast';
  if (!hasTranscript(body)) {
    problems.push({ code: 'media-transcript', file, field: 'body', message: `has no "## Transcript" section. A ${noun} needs a transcript on its page for people who cannot ${data.format === 'video' ? 'watch or hear it' : 'hear it'}: add a heading "## Transcript" at the end of the body and write out everything that is said${data.format === 'video' ? ' and shown' : ''}.`, severity: 'error' });
  }
  const media = data.media;
  if (!media || !facts) return problems;
  const src = facts.get(media.src);
  if (src === null) problems.push(missing(file, 'media.src', media.src));
  else if (src) {
    if (!src.media) {
      problems.push({ code: 'media-file-unreadable', file, field: 'media.src', message: `is "${media.src}", but its length cannot be read from the file: it is not a whole MP4, M4A, MP3 or WebM file. Export the ${noun} again as MP4 (film) or MP3 (podcast).`, severity: 'error' });
    } else if (data.format === 'video' && !src.media.video) {
      problems.push({ code: 'media-file-unreadable', file, field: 'media.src', message: `is "${media.src}", which holds sound but no picture. A video briefing needs a film; for a recording choose format: podcast.`, severity: 'error' });
    }
  }
  if (media.captions) {
    const captions = facts.get(media.captions);
    if (captions === null) problems.push(missing(file, 'media.captions', media.captions));
    else if (captions?.captions?.problem) {
      const { line, message } = captions.captions.problem;
      problems.push({ code: 'media-captions', file, field: 'media.captions', message: `is "${media.captions}": line ${line} of public${media.captions} ${message}.`, severity: 'error' });
    }
  }
  if (media.poster && facts.get(media.poster) === null) problems.push(missing(file, 'media.poster', media.poster));
  return problems;
}
