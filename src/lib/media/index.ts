// Films and podcasts: reading their files' length and checking their captions.
export { formatMediaDuration, isoMediaDuration, readMediaInfo, type MediaInfo } from './duration.ts';
export { checkWebVtt, parseTimestamp, type WebVttResult } from './webvtt.ts';
export type { MediaFactsMap, MediaFileFacts } from './facts.ts';
