/**
 * Checks that a captions file is WebVTT, the only caption format browsers play in a
 * `<track>` (W3C WebVTT: "WEBVTT" first, then cues of `start --> end` and their text). A
 * wrong file would leave a film without captions and nobody would notice until a deaf viewer
 * did, so the build reads every cue and names the first line that is not right.
 */

export interface WebVttResult {
  /** Number of cues, when the file is valid. */
  cues?: number;
  /** Seconds at which the last cue ends. */
  lastEnd?: number;
  /** The first problem: its line (1-based) and what is wrong. */
  problem?: { line: number; message: string };
}

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/**
 * Seconds from a WebVTT timestamp (`mm:ss.ttt` or `hh:mm:ss.ttt`), or undefined.
 * @example parseTimestamp('01:02.500') // 62.5
 */
export function parseTimestamp(text: string): number | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 1000;
}

/**
 * Reads a WebVTT file: its cues, or the first line that is wrong and why.
 * @example checkWebVtt('WEBVTT\n\n00:00.000 --> 00:02.000\nHello') // { cues: 1, lastEnd: 2 }
 */
export function checkWebVtt(text: string): WebVttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { problem: { line: 1, message: 'does not start with "WEBVTT", so it is not a WebVTT captions file. Save the captions as WebVTT (.vtt); most captioning tools and YouTube\'s caption export can, and SubRip (.srt) files convert by adding "WEBVTT" and a blank line at the top and writing 00:00:01.000 instead of 00:00:01,000' } };
  }
  let i = 1;
  while (i < lines.length && lines[i] !== '') i++; // the header's own lines
  let cues = 0;
  let lastStart = 0;
  let lastEnd = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(block[0]!)) continue;
    const timingAt = block[0]!.includes('-->') ? 0 : 1;
    const timing = block[timingAt];
    const line = blockStart + timingAt + 1;
    if (timing === undefined || !timing.includes('-->')) {
      return { problem: { line: blockStart + 1, message: `has "${block[0]}" where a cue's times were expected. Each cue starts with a line such as 00:00:01.000 --> 00:00:04.000 (an optional cue name may come on the line before it), and cues are separated by a blank line` } };
    }
    const [from = '', rest = ''] = timing.split('-->');
    const to = rest.trim().split(/[ \t]+/)[0] ?? '';
    const start = parseTimestamp(from.trim());
    const end = parseTimestamp(to);
    if (start === undefined || end === undefined) {
      return { problem: { line, message: `has the times "${timing.trim()}", which WebVTT cannot read. Write them as 00:00:01.000 --> 00:00:04.000 (minutes:seconds with a full stop and three digits of milliseconds; hours are optional)` } };
    }
    if (end <= start) return { problem: { line, message: `has a cue that ends (${to}) before or when it starts (${from.trim()}). Make the second time later than the first` } };
    if (start < lastStart) return { problem: { line, message: `has a cue starting at ${from.trim()}, before the cue above it. Put the cues in the order they are spoken` } };
    if (block.length === timingAt + 1) return { problem: { line, message: 'has a cue with no text. Write what is said under its times, or remove the cue' } };
    cues++;
    lastStart = start;
    lastEnd = Math.max(lastEnd, end);
  }
  if (cues === 0) return { problem: { line: lines.length, message: 'has no cues: nothing would be shown as captions. Add a cue for each thing said, e.g. 00:00:01.000 --> 00:00:04.000 and the words on the next line' } };
  return { cues, lastEnd };
}
