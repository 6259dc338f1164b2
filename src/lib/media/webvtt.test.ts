import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkWebVtt, parseTimestamp } from './webvtt.ts';

describe('parseTimestamp', () => {
  test.each<[string, number | undefined]>([
    ['00:01.000', 1],
    ['01:02.500', 62.5],
    ['01:00:00.000', 3600],
    ['00:00:01,000', undefined],
    ['1:02.500', undefined],
    ['00:61.000', undefined],
  ])('%s is %s', (text, seconds) => {
    expect(parseTimestamp(text)).toBe(seconds);
  });
});

describe('checkWebVtt', () => {
  test('the example film’s captions are valid', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../../public/media/safer-sleep-film.en.vtt'), 'utf8');
    expect(checkWebVtt(text)).toEqual({ cues: 3, lastEnd: 11.91 });
  });

  test('a header line, a byte-order mark, CRLF, cue names, settings and NOTE blocks are accepted', () => {
    const text = '\uFEFFWEBVTT - Safer sleep\r\nKind: captions\r\n\r\nNOTE made by hand\r\n\r\nintro\r\n00:00.500 --> 00:02.000 line:90%\r\nSafer sleep.\r\n\r\n00:00:02.500 --> 00:00:04.000\r\n<v Narrator>On their back.\r\n';
    expect(checkWebVtt(text)).toEqual({ cues: 2, lastEnd: 4 });
  });

  test.each<[string, string, string]>([
    ['a SubRip file', '1\n00:00:01,000 --> 00:00:02,000\nHello\n', 'line 1 does not start with "WEBVTT", so it is not a WebVTT captions file.'],
    ['SubRip times under a WebVTT header', 'WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHello\n', 'line 4 has the times "00:00:01,000 --> 00:00:02,000", which WebVTT cannot read.'],
    ['a cue that ends before it starts', 'WEBVTT\n\n00:03.000 --> 00:02.000\nHello\n', 'line 3 has a cue that ends (00:02.000) before or when it starts (00:03.000).'],
    ['cues out of order', 'WEBVTT\n\n00:03.000 --> 00:04.000\nTwo\n\n00:01.000 --> 00:02.000\nOne\n', 'line 6 has a cue starting at 00:01.000, before the cue above it.'],
    ['a cue with no text', 'WEBVTT\n\n00:01.000 --> 00:02.000\n', 'line 3 has a cue with no text.'],
    ['text where times belong', 'WEBVTT\n\nHello there\nGeneral Kenobi\n', 'line 3 has "Hello there" where a cue\'s times were expected.'],
    ['no cues at all', 'WEBVTT\n', 'has no cues: nothing would be shown as captions.'],
  ])('%s is named by its line', (_name, text, start) => {
    const { problem } = checkWebVtt(text);
    expect(`line ${problem!.line} ${problem!.message}`).toContain(start);
  });
});
