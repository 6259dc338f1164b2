import { describe, expect, test } from 'vitest';
import { buildTrend, describeDirection, shareOf, yearFigures } from './trend.ts';
import { FIXTURE } from '../../../tests/fixtures/impact-partnership.ts';

// Every figure worked out by hand from the fixture (see tests/fixtures/impact-partnership.ts), built on 2026-01-15.
describe('buildTrend', () => {
  const trend = buildTrend(FIXTURE, [2025, 2024, 2023, 2022], 4);

  test('runs oldest first from the first year with anything to count', () => {
    // 2022/23 has nothing: no review, recommendation, rapid review or report in it.
    expect(trend.map((y) => [y.label, y.asAt, y.partial])).toEqual([
      ['2023/24', '2024-03-31', false],
      ['2024/25', '2025-03-31', false],
      ['2025/26', '2026-01-15', true],
    ]);
  });

  test('counts recommendations due each year, judged at the year’s end', () => {
    // 2023/24: none due. 2024/25: gamma R1 (overdue at 2025-03-31) and beta R2 (complete, no
    // date: other). 2025/26 so far: alpha R1 on time, alpha R2 late (2026-01-10), alpha R3
    // overdue, beta R1 not achieved (other); alpha R4 is due in 2026/27.
    expect(trend.map(({ due, closedOnTime, closedLate, overdue, other }) => ({ due, closedOnTime, closedLate, overdue, other }))).toEqual([
      { due: 0, closedOnTime: 0, closedLate: 0, overdue: 0, other: 0 },
      { due: 2, closedOnTime: 0, closedLate: 0, overdue: 1, other: 1 },
      { due: 4, closedOnTime: 1, closedLate: 1, overdue: 1, other: 1 },
    ]);
  });

  test('counts reviews published and the timeliness targets met each year', () => {
    // Gamma published 2024-02-01; alpha and beta in 2025. Gamma's report (completed 2023-09-01)
    // was late; alpha's rapid review (2024-11-22) in time; beta's (2025-04-04) late; alpha's
    // report (2025-06-30) in time.
    expect(trend.map((y) => [y.reviews, y.rapidReviews.within, y.rapidReviews.assessed, y.reports.within, y.reports.assessed])).toEqual([
      [1, 0, 0, 0, 1],
      [0, 1, 1, 0, 0],
      [2, 0, 1, 1, 1],
    ]);
  });

  test('a year judged at its end keeps its figures when a later build completes its recommendations', () => {
    // Built a year later, alpha R3 (due 2025-12-31, overdue at 2026-03-31) reads the same for
    // 2025/26, even though it would be complete by then.
    const later = { ...FIXTURE, buildDate: '2027-01-01', reviews: FIXTURE.reviews.map((r) => (r.id !== 'r-alpha' ? r : { ...r, data: { ...r.data, recommendations: r.data.recommendations.map((rec) => (rec.id === 'R3' ? { ...rec, status: 'complete' as const, completed: '2026-05-01' } : rec)) } })) };
    expect(yearFigures(later, 2025, 4)).toMatchObject({ asAt: '2026-03-31', partial: false, overdue: 1, closedLate: 1 });
  });
});

describe('describeDirection', () => {
  const point = (label: string, value: number | null, partial = false) => ({ label, value, partial });
  test.each([
    [[point('2023/24', 5), point('2024/25', 3)], 'lower', 'Overdue fell from 5 in 2023/24 to 3 in 2024/25: better.'],
    [[point('2023/24', 5), point('2024/25', 3)], 'higher', 'Overdue fell from 5 in 2023/24 to 3 in 2024/25: worse.'],
    [[point('2022/23', 1), point('2023/24', null), point('2024/25', 4), point('2025/26', 2, true)], 'lower', 'Overdue rose from 1 in 2022/23 to 4 in 2024/25: worse. So far in 2025/26: 2.'],
    [[point('2023/24', 2), point('2024/25', 2)], 'lower', 'Overdue stayed at 2 in 2023/24 and 2024/25.'],
    [[point('2024/25', 2), point('2025/26', 1, true)], 'lower', 'Overdue: 2 in 2024/25, the only complete year to compare. So far in 2025/26: 1.'],
    [[point('2025/26', 1, true)], 'lower', 'Overdue: no complete year to compare yet. So far in 2025/26: 1.'],
  ] as const)('%o, better when %s, reads “%s”', (points, better, expected) => {
    expect(describeDirection(points, { subject: 'Overdue', better })).toBe(expected);
  });

  test('writes a unit after each figure', () => {
    expect(describeDirection([point('2023/24', 50), point('2024/25', 75)], { subject: 'On time', better: 'higher', unit: '%' })).toBe('On time rose from 50% in 2023/24 to 75% in 2024/25: better.');
  });
});

describe('shareOf', () => {
  test.each([
    [1, 4, 25],
    [2, 3, 67],
    [0, 0, null],
  ])('%i of %i is %s%', (part, whole, expected) => {
    expect(shareOf(part, whole)).toBe(expected);
  });
});
