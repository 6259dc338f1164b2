/**
 * "What difference did it make?": the evidence editors wrote, word for word, each with the
 * entry it comes from so a reader can check it in context.
 */
import { recommendationState, type RecommendationState } from '../rules/recommendations.ts';
import { isWithin } from './reporting-year.ts';
import type { ImpactInput, Period } from './_types.ts';

export interface ImpactStatement {
  review: { id: string; title: string };
  recommendation: string;
  /** What the recommendation asked for. */
  text: string;
  state: RecommendationState;
  /** The recommendation's `impact` field. */
  impact: string;
}

export interface ResultStatement {
  course: { id: string; title: string };
  /** The course's `evaluation.results` (Kirkpatrick level 4). */
  results: string;
}

export interface Difference {
  impacts: ImpactStatement[];
  results: ResultStatement[];
}

/**
 * Every recommendation `impact` statement (of recommendations due in the period) and every
 * course's level-4 `results`. Results carry no date, so they appear for all time only.
 * @example gatherDifference(input, null).impacts[0] // { review: { id: 'child-q', … }, impact: '…' }
 */
export function gatherDifference(input: ImpactInput, period: Period): Difference {
  const impacts = input.reviews.flatMap((r) =>
    r.data.recommendations
      .filter((rec) => rec.impact && isWithin(rec.due, period))
      .map((rec) => ({
        review: { id: r.id, title: r.data.title },
        recommendation: rec.id,
        text: rec.text,
        state: recommendationState(rec, input.buildDate),
        impact: rec.impact!,
      })),
  );
  const results =
    period === null
      ? input.courses.flatMap((c) => (c.data.evaluation?.results ? [{ course: { id: c.id, title: c.data.title }, results: c.data.evaluation.results }] : []))
      : [];
  return { impacts, results };
}
