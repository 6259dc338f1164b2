/**
 * "How well did we do it?": where recommendations stand, whether reviews met their time
 * targets, and what course evaluations said. A recommendation counts in the reporting year
 * it is due in; a rapid review in the year it was completed (`timeline.rapidReview`); a final
 * report in the year it was completed (`timeline.completed`).
 */
import { RECOMMENDATION_STATE_LABELS } from '../labels.ts';
import { recommendationState, type RecommendationState } from '../rules/recommendations.ts';
import { assessTimeliness } from '../rules/timeliness.ts';
import { isWithin } from './reporting-year.ts';
import type { ImpactInput, Period, Tally } from './_types.ts';

/** The order the board reads states in: done, then open, then closed without success. */
export const STATE_ORDER: RecommendationState[] = ['complete-on-time', 'complete-late', 'complete', 'in-progress', 'not-started', 'overdue', 'not-achieved'];

/** The same words as the review page's (src/lib/labels.ts). */
export const STATE_LABELS = RECOMMENDATION_STATE_LABELS;

export interface Share extends Tally {
  /** Whole-number percentage of the total; rounded, so a column may not add to exactly 100. */
  percent: number;
}

export interface TargetMet {
  /** Reviews with both dates the target needs. */
  assessed: number;
  within: number;
  outside: number;
}

export interface EvaluationLevel {
  level: 1 | 2 | 3;
  label: string;
  /** Mean of the courses' percentages, each course counting once; null when none report it. */
  average: number | null;
  courses: number;
  /** Sum of `evaluation.responses` over those courses. */
  responses: number;
}

export interface HowWell {
  recommendations: number;
  /** Every state, zeros included, with counts and percentages. */
  states: Share[];
  rapidReviews: TargetMet;
  reports: TargetMet;
  evaluation: EvaluationLevel[];
}

/**
 * A whole-number percentage, 0 when there is nothing to divide.
 * @example percentOf(1, 7) // 14
 */
export function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count * 100) / total);
}

function tallyStates(input: ImpactInput, period: Period): { total: number; states: Share[] } {
  const states = input.reviews.flatMap((r) => r.data.recommendations.filter((rec) => isWithin(rec.due, period)).map((rec) => recommendationState(rec, input.buildDate)));
  const total = states.length;
  return {
    total,
    states: STATE_ORDER.map((key) => {
      const count = states.filter((s) => s === key).length;
      return { key, label: STATE_LABELS[key], count, percent: percentOf(count, total) };
    }),
  };
}

function targetMet(results: (boolean | null)[]): TargetMet {
  const known = results.filter((r): r is boolean => r !== null);
  const within = known.filter(Boolean).length;
  return { assessed: known.length, within, outside: known.length - within };
}

const LEVELS = [
  { level: 1, label: 'Level 1, reaction: satisfied with the course', field: 'reaction' },
  { level: 2, label: 'Level 2, learning: knowledge increased', field: 'learning' },
  { level: 3, label: 'Level 3, behaviour: practice changed', field: 'behaviour' },
] as const;

/**
 * Kirkpatrick levels 1–3 across every public course with an evaluation. Evaluations carry no
 * date, so they describe the training as a whole rather than one reporting year.
 * @example averageEvaluations(courses)[0] // { level: 1, average: 85, courses: 2, responses: 120, … }
 */
export function averageEvaluations(courses: ImpactInput['courses']): EvaluationLevel[] {
  return LEVELS.map(({ level, label, field }) => {
    const reporting = courses.flatMap((c) => (c.data.evaluation?.[field] === undefined ? [] : [c.data.evaluation]));
    const sum = reporting.reduce((total, e) => total + (e?.[field] ?? 0), 0);
    return {
      level,
      label,
      average: reporting.length ? Math.round(sum / reporting.length) : null,
      courses: reporting.length,
      responses: reporting.reduce((total, e) => total + (e?.responses ?? 0), 0),
    };
  });
}

/**
 * The "how well" figures for a reporting year, or all time when `period` is null.
 * @example assessPerformance(input, null).states.find((s) => s.key === 'overdue')?.count
 */
export function assessPerformance(input: ImpactInput, period: Period): HowWell {
  const { total, states } = tallyStates(input, period);
  const timeliness = input.reviews.map((r) => assessTimeliness(r.data.timeline ?? {}));
  return {
    recommendations: total,
    states,
    rapidReviews: targetMet(timeliness.map((t) => (t.rapidReview && isWithin(t.rapidReview.completed, period) ? t.rapidReview.withinTarget : null))),
    reports: targetMet(timeliness.map((t) => (t.report && isWithin(t.report.completed, period) ? t.report.withinTarget : null))),
    evaluation: averageEvaluations(input.courses),
  };
}
