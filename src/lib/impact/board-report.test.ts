import { describe, expect, test } from 'vitest';
import { boardReport, cap, shorten } from './board-report.ts';
import { FIXTURE } from '../../../tests/fixtures/impact-partnership.ts';

describe('boardReport', () => {
  // Q3 2025/26 (October to December 2025), read after it ended: the fixture built on 2026-01-15.
  const report = boardReport(FIXTURE, { from: '2025-10-01', to: '2025-12-31' }, '2025-12-31', '2025-09-30');

  test('judges the quarter at its last day and compares with the quarter before', () => {
    // 2025-12-31: gamma R1 overdue (549 days); alpha R2 and R3 are due that day, not yet overdue.
    // 2025-09-30: gamma R1 overdue; alpha R1 done 2025-09-01.
    expect(report.headline.overdue.map((i) => [i.review.id, i.reference, i.daysOverdue])).toEqual([['r-gamma', 'R1', 549]]);
    expect(report.headline.previous).toEqual({ asAt: '2025-09-30', overdue: 1, open: 4 });
  });

  test('counts the recommendations due in the quarter as they stood at its end', () => {
    // Due in Q3: alpha R2 (completed 2026-01-10, after the quarter: still open) and alpha R3.
    expect(report.figures).toMatchObject({ due: 2, completeOnTime: 0, completeLate: 0, overdueOfDue: 0, reviews: 0, briefings: 0, sessionsRun: 1 });
  });

  test('lists the learning gaps and the priorities no course teaches', () => {
    expect(report.reviewsWithoutBriefing.shown).toEqual([]);
    expect(report.prioritiesWithoutCourse.shown.map((p) => p.id)).toEqual(['p-exploitation']);
  });
});

describe('cap', () => {
  test.each([
    [[1, 2, 3], 2, { shown: [1, 2], more: 1 }],
    [[1], 2, { shown: [1], more: 0 }],
  ])('%o capped at %i is %o', (items, limit, expected) => {
    expect(cap(items, limit)).toEqual(expected);
  });
});

describe('shorten', () => {
  test.each([
    ['Share every plan with the school nurse', 20, 'Share every plan…'],
    ['Short enough', 20, 'Short enough'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['Plans, reviews, and more', 16, 'Plans, reviews…'],
  ])('%s in %i characters is %s', (text, room, expected) => {
    expect(shorten(text, room)).toBe(expected);
  });
});
