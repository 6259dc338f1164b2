import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { countActivity, reviewsByYear, tallyBy } from './how-much.ts';

const counts = (tallies: { key: string; count: number }[]) => Object.fromEntries(tallies.map((t) => [t.key, t.count]));

describe('countActivity over all time', () => {
  const all = countActivity(FIXTURE, null);

  test('counts every public review by kind: alpha and gamma are LCSPRs, beta a rapid review', () => {
    expect(all.reviews).toBe(3);
    expect(counts(all.reviewsByKind)).toEqual({ lcspr: 2, 'rapid-review': 1 });
    expect(all.reviewsByKind[0]!.label).toBe('Local child safeguarding practice review');
  });

  test('counts briefings by format: one and three are seven-minute, two a podcast', () => {
    expect(all.briefings).toBe(3);
    expect(counts(all.briefingsByFormat)).toEqual({ 'seven-minute': 2, podcast: 1 });
  });

  test('counts sessions already run: 2024-06-01, 2025-05-01 and 2025-10-01, not 2026-02-01 after the build', () => {
    expect(all.sessionsRun).toBe(3);
    expect(all.coursesRun).toBe(2);
    expect(all.coursesOffered).toBe(2);
  });

  test('counts briefings per audience, showing the audience nobody wrote for as zero', () => {
    // one: workforce + partnership; two: public; three: workforce.
    expect(counts(all.audiencesReached)).toEqual({ partnership: 1, workforce: 2, 'children-families': 0, public: 1 });
  });
});

describe('countActivity in reporting year 2025/26', () => {
  const year = countActivity(FIXTURE, YEAR_2025);

  test('counts only reviews and briefings published in the year', () => {
    // gamma (2024-02-01) and briefing two (2024-03-01) are in 2023/24.
    expect(counts(year.reviewsByKind)).toEqual({ lcspr: 1, 'rapid-review': 1 });
    expect(counts(year.briefingsByFormat)).toEqual({ 'seven-minute': 2 });
    expect(counts(year.audiencesReached)).toEqual({ partnership: 1, workforce: 2, 'children-families': 0, public: 0 });
  });

  test('counts the two neglect sessions run in the year and not the intro session of 2024', () => {
    expect(year.sessionsRun).toBe(2);
    expect(year.coursesRun).toBe(1);
  });
});

describe('reviewsByYear', () => {
  test('groups reviews by the reporting year of publication, oldest first', () => {
    // gamma 2024-02-01 → 2023/24; alpha 2025-06-10 and beta 2025-05-01 → 2025/26.
    expect(reviewsByYear(FIXTURE, 4)).toEqual([
      { key: '2023', label: '2023/24', count: 1 },
      { key: '2025', label: '2025/26', count: 2 },
    ]);
  });
});

describe('tallyBy', () => {
  test('keeps the given order and drops zeros unless asked to keep them', () => {
    expect(tallyBy(['b', 'a', 'b'], ['a', 'b', 'c'], (k) => k)).toEqual([{ key: 'a', label: 'a', count: 1 }, { key: 'b', label: 'b', count: 2 }]);
    expect(tallyBy([], ['a'], (k) => k, true)).toEqual([{ key: 'a', label: 'a', count: 0 }]);
  });
});
