import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { findLearningGaps } from './gaps.ts';

describe('findLearningGaps', () => {
  test('finds the review no briefing names: beta (alpha has briefing one, gamma briefing two)', () => {
    expect(findLearningGaps(FIXTURE, null).reviewsWithoutBriefing.map((r) => r.id)).toEqual(['r-beta']);
  });

  test('finds the priority no course names: exploitation (neglect has the neglect course)', () => {
    expect(findLearningGaps(FIXTURE, null).prioritiesWithoutCourse).toEqual([{ id: 'p-exploitation', title: 'Exploitation', status: 'current' }]);
  });

  test('in a year, lists only reviews published in it', () => {
    const out = { ...FIXTURE, index: { ...FIXTURE.index, briefingsFromReview: () => [] } };
    // With no briefings at all, alpha and beta (2025/26) are gaps but gamma (2023/24) is not in the year.
    expect(findLearningGaps(out, YEAR_2025).reviewsWithoutBriefing.map((r) => r.id)).toEqual(['r-alpha', 'r-beta']);
  });
});
