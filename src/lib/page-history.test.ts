import { describe, expect, it } from 'vitest';
import { lastUpdated, latestUpdate } from './page-history.ts';

describe('a page’s history', () => {
  it('finds the latest update in any order', () => {
    expect(latestUpdate([{ date: '2022-05-18', note: 'Published.' }, { date: '2024-06-12', note: 'Progress.' }])?.note).toBe('Progress.');
  });

  it.each([
    ['no updates', [], '2022-05-18'],
    ['an update after publication', [{ date: '2024-06-12', note: 'x' }], '2024-06-12'],
    ['an update dated after the build', [{ date: '2027-01-01', note: 'x' }], '2022-05-18'],
  ])('gives the feed its updated date with %s', (_, updates, expected) => {
    expect(lastUpdated({ published: '2022-05-18', updates }, '2026-11-22')).toBe(expected);
  });
});
