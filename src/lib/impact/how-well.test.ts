import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { assessPerformance, averageEvaluations, percentOf } from './how-well.ts';

const states = (shares: { key: string; count: number; percent: number }[]) => Object.fromEntries(shares.filter((s) => s.count).map((s) => [s.key, [s.count, s.percent]]));

describe('assessPerformance over all time', () => {
  const all = assessPerformance(FIXTURE, null);

  test('counts all seven recommendations by state with their share of seven', () => {
    // alpha R1 on time, R2 late, R3 overdue, R4 not started; beta R1 not achieved,
    // R2 complete without a date; gamma R1 overdue. 1/7 = 14.3% → 14; 2/7 = 28.6% → 29.
    expect(all.recommendations).toBe(7);
    expect(states(all.states)).toEqual({
      'complete-on-time': [1, 14],
      'complete-late': [1, 14],
      complete: [1, 14],
      'not-started': [1, 14],
      overdue: [2, 29],
      'not-achieved': [1, 14],
    });
  });

  test('lists every state, so an empty one shows as zero rather than disappearing', () => {
    expect(all.states.map((s) => s.key)).toContain('in-progress');
    expect(all.states.find((s) => s.key === 'in-progress')).toMatchObject({ count: 0, percent: 0 });
  });

  test('checks timeliness: alpha’s rapid review in 14 working days, beta’s in 24', () => {
    expect(all.rapidReviews).toEqual({ assessed: 2, within: 1, outside: 1 });
  });

  test('checks reports: alpha within six months, gamma outside; beta has no start date', () => {
    expect(all.reports).toEqual({ assessed: 2, within: 1, outside: 1 });
  });
});

describe('assessPerformance in reporting year 2025/26', () => {
  const year = assessPerformance(FIXTURE, YEAR_2025);

  test('counts the four recommendations due in the year, a quarter each', () => {
    // Due 2025-04-01..2026-03-31: alpha R1 (on time), R2 (late), R3 (overdue), beta R1 (not achieved).
    expect(year.recommendations).toBe(4);
    expect(states(year.states)).toEqual({ 'complete-on-time': [1, 25], 'complete-late': [1, 25], overdue: [1, 25], 'not-achieved': [1, 25] });
  });

  test('counts timeliness in the year the rapid review or report was completed', () => {
    // beta's rapid review finished 2025-04-04 (outside); alpha's on 2024-11-22 belongs to 2024/25.
    expect(year.rapidReviews).toEqual({ assessed: 1, within: 0, outside: 1 });
    // alpha's report finished 2025-06-30 (within); gamma's in 2023.
    expect(year.reports).toEqual({ assessed: 1, within: 1, outside: 0 });
  });
});

describe('averageEvaluations', () => {
  test('averages each level over the courses that report it and adds up their responses', () => {
    // Level 1: (90 + 80) / 2 = 85 from 100 + 20 responses; level 2: (80 + 70) / 2 = 75;
    // level 3: only neglect reports it, 70 from 100 responses.
    expect(averageEvaluations(FIXTURE.courses).map((l) => [l.level, l.average, l.courses, l.responses])).toEqual([
      [1, 85, 2, 120],
      [2, 75, 2, 120],
      [3, 70, 1, 100],
    ]);
  });

  test('gives no average when no course reports a level', () => {
    expect(averageEvaluations([])[0]).toMatchObject({ average: null, courses: 0, responses: 0 });
  });
});

describe('percentOf', () => {
  test.each([[1, 7, 14], [2, 7, 29], [0, 0, 0], [3, 3, 100]])('%i of %i is %i%%', (count, total, expected) => {
    expect(percentOf(count, total)).toBe(expected);
  });
});
