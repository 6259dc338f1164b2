import { describe, expect, test } from 'vitest';
import { formatPeriod } from './period.ts';

describe('formatPeriod', () => {
  test.each<[string, { from: string; to: string }, string]>([
    ['a period over years gives both months', { from: '2024-04-01', to: '2027-03-31' }, 'April 2024 to March 2027'],
    ['a period inside one month gives it once', { from: '2026-03-01', to: '2026-03-31' }, 'March 2026'],
    ['the same month in another year is not merged', { from: '2025-03-01', to: '2026-03-31' }, 'March 2025 to March 2026'],
  ])('%s', (_name, period, words) => {
    expect(formatPeriod(period)).toBe(words);
  });
});
