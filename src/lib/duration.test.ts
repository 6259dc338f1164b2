import { describe, expect, test } from 'vitest';
import { formatDuration, toIsoDuration } from './duration.ts';

describe('formatDuration and toIsoDuration', () => {
  test.each<[string, number, string, string]>([
    ['under an hour is minutes only', 45, '45 minutes', 'PT45M'],
    ['one minute is singular', 1, '1 minute', 'PT1M'],
    ['a whole hour has no minutes', 60, '1 hour', 'PT1H'],
    ['whole hours are plural', 360, '6 hours', 'PT6H'],
    ['hours and minutes are both given', 210, '3 hours 30 minutes', 'PT3H30M'],
    ['an hour and a minute are both singular', 61, '1 hour 1 minute', 'PT1H1M'],
    ['a multi-day course is counted in hours', 1500, '25 hours', 'PT25H'],
  ])('%s', (_name, minutes, words, iso) => {
    expect(formatDuration(minutes)).toBe(words);
    expect(toIsoDuration(minutes)).toBe(iso);
  });
});
