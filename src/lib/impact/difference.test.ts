import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { gatherDifference } from './difference.ts';

describe('gatherDifference', () => {
  test('gathers every impact statement with its review and recommendation, for all time', () => {
    const all = gatherDifference(FIXTURE, null);
    expect(all.impacts.map((i) => [i.review.id, i.recommendation, i.state, i.impact])).toEqual([
      ['r-alpha', 'R1', 'complete-on-time', 'Fewer missed visits.'],
      ['r-gamma', 'R1', 'overdue', 'Police now share names.'],
    ]);
  });

  test('gathers level-4 results with the course they come from, for all time', () => {
    expect(gatherDifference(FIXTURE, null).results).toEqual([{ course: { id: 'c-neglect', title: 'Neglect' }, results: 'Re-audit found better plans.' }]);
  });

  test('in a year, keeps the impact of recommendations due in it and leaves undated results out', () => {
    // alpha R1 is due 2025-09-30 (2025/26); gamma R1 is due 2024-06-30 (2024/25).
    const year = gatherDifference(FIXTURE, YEAR_2025);
    expect(year.impacts.map((i) => i.review.id)).toEqual(['r-alpha']);
    expect(year.results).toEqual([]);
  });
});
