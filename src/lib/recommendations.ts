/**
 * Where a review's recommendations stand on the build date, for the review page and the
 * board's impact report. Overdue is computed at build time, never written by editors.
 */
import type { Recommendation } from '../schemas/review.ts';

export type RecommendationProgress = Pick<Recommendation, 'due' | 'status' | 'completed'>;

export type RecommendationState =
  | 'complete-on-time'
  | 'complete-late'
  | 'complete'
  | 'overdue'
  | 'in-progress'
  | 'not-started'
  | 'not-achieved';

/**
 * Whether a recommendation is still open after its due date. A `complete` or `not-achieved`
 * one is closed and never overdue; on the due date itself there is still time.
 * @example isOverdue({ due: '2025-03-31', status: 'in-progress' }, '2025-04-01') // true
 */
export function isOverdue(rec: Pick<Recommendation, 'due' | 'status'>, buildDate: string): boolean {
  return (rec.status === 'not-started' || rec.status === 'in-progress') && rec.due < buildDate;
}

/**
 * One word for a recommendation's state on the build date. A completed one is on time or
 * late by its `completed` date, or just `complete` when the editor gave no date.
 * @example recommendationState({ due: '2025-03-31', status: 'complete', completed: '2025-04-02' }, '2025-06-01') // 'complete-late'
 */
export function recommendationState(rec: RecommendationProgress, buildDate: string): RecommendationState {
  switch (rec.status) {
    case 'complete':
      if (!rec.completed) return 'complete';
      return rec.completed > rec.due ? 'complete-late' : 'complete-on-time';
    case 'not-achieved':
      return 'not-achieved';
    default:
      return isOverdue(rec, buildDate) ? 'overdue' : rec.status;
  }
}
