/**
 * Learning gaps, shown to the board rather than hidden: reviews whose learning no briefing
 * carries yet, and priorities no course teaches.
 */
import { isWithin } from './reporting-year.ts';
import type { ImpactInput, Period } from './_types.ts';

export interface LearningGaps {
  /** Public reviews (published in the period) that no public briefing names as a source. */
  reviewsWithoutBriefing: { id: string; title: string; published: string }[];
  /** Public priorities that no public course names; priorities are not dated, so all time. */
  prioritiesWithoutCourse: { id: string; title: string; status: string }[];
}

/**
 * The gaps in the learning cycle.
 * @example findLearningGaps(input, null).reviewsWithoutBriefing // [{ id: 'rapid-review-child-f-2023', … }]
 */
export function findLearningGaps(input: ImpactInput, period: Period): LearningGaps {
  return {
    reviewsWithoutBriefing: input.reviews
      .filter((r) => isWithin(r.data.published, period) && input.index.briefingsFromReview(r.id).length === 0)
      .map((r) => ({ id: r.id, title: r.data.title, published: r.data.published })),
    prioritiesWithoutCourse: input.priorities
      .filter((p) => input.index.byPriority(p.id).courses.length === 0)
      .map((p) => ({ id: p.id, title: p.data.title, status: p.data.status })),
  };
}
