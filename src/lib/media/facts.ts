// What the build finds in the media files under public/ (src/build/media.ts reads them).
import type { MediaInfo } from './duration.ts';
import type { WebVttResult } from './webvtt.ts';

/** What the build found in one file under public/; null when the file is not there. */
export interface MediaFileFacts {
  bytes: number;
  /** For a film or recording: what its container says; undefined when unreadable. */
  media?: MediaInfo | undefined;
  /** For a captions file. */
  captions?: WebVttResult | undefined;
}

/** Facts by href; `null` when the file is not there. */
export type MediaFactsMap = ReadonlyMap<string, MediaFileFacts | null>;
