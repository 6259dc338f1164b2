/**
 * Where a review's recommendations stand on the build date, for the review page and the
 * board's impact report. Overdue is computed at build time, never written by editors.
 */
import type { Recommendation } from '../../schemas/review.ts';

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
 * Whether a recommendation was still open at the end of `date`: not started or in progress, or
 * completed only after that day. The impact report judges a past reporting year as it stood on
 * its last day, so a recommendation finished later still counts as open then. `not-achieved`
 * carries no date, so it counts as closed at any date.
 * @example isOpenAt({ due: '2025-03-31', status: 'complete', completed: '2025-05-02' }, '2025-04-30') // true
 */
export function isOpenAt(rec: Pick<Recommendation, 'status' | 'completed'>, date: string): boolean {
  if (rec.status === 'complete') return rec.completed !== undefined && rec.completed > date;
  return rec.status === 'not-started' || rec.status === 'in-progress';
}

/**
 * Whether a recommendation is still open after its due date, as at `date` (the build date,
 * or the last day of a past reporting year). On the due date itself there is still time.
 * @example isOverdue({ due: '2025-03-31', status: 'in-progress' }, '2025-04-01') // true
 */
export function isOverdue(rec: Pick<Recommendation, 'due' | 'status' | 'completed'>, date: string): boolean {
  return isOpenAt(rec, date) && rec.due < date;
}

/**
 * One word for a recommendation's state as at `date` (the build date, or the last day of a past
 * reporting year). A completed one is on time or late by its `completed` date, or just
 * `complete` when the editor gave no date; one completed after `date` was still open then.
 * @example recommendationState({ due: '2025-03-31', status: 'complete', completed: '2025-04-02' }, '2025-06-01') // 'complete-late'
 */
export function recommendationState(rec: RecommendationProgress, date: string): RecommendationState {
  switch (rec.status) {
    case 'complete':
      if (!rec.completed) return 'complete';
      if (rec.completed > date) return rec.due < date ? 'overdue' : 'in-progress';
      return rec.completed > rec.due ? 'complete-late' : 'complete-on-time';
    case 'not-achieved':
      return 'not-achieved';
    default:
      return isOverdue(rec, date) ? 'overdue' : rec.status;
  }
}
