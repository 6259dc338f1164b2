/**
 * Is it getting better? The same few figures for every reporting year, each year judged as at
 * its last day (the current year as at the build date, and marked as partial):
 * - recommendations due in the year, and of those how many were closed on time, closed late,
 *   or overdue at the year's end;
 * - reviews published in the year;
 * - rapid reviews and final reports completed in the year, and how many met their target.
 */
import { recommendationState } from '../rules/recommendations.ts';
import { assessTimeliness } from '../rules/timeliness.ts';
import { asAtDate } from './as-at.ts';
import { isWithin, reportingYearLabel, reportingYearRange } from './reporting-year.ts';
import type { TargetMet } from './how-well.ts';
import type { ImpactInput } from './_types.ts';

export interface YearFigures {
  year: number;
  label: string;
  /** The day the year is judged at: its last day, or the build date in the current year. */
  asAt: string;
  /** True for the current year, judged before its end. */
  partial: boolean;
  due: number;
  closedOnTime: number;
  closedLate: number;
  /** Due in the year and still open, past due, at `asAt`. */
  overdue: number;
  /** The rest of those due: not yet due, not achieved, or complete with no date recorded. */
  other: number;
  reviews: number;
  rapidReviews: TargetMet;
  reports: TargetMet;
}

const met = (results: boolean[]): TargetMet => {
  const within = results.filter(Boolean).length;
  return { assessed: results.length, within, outside: results.length - within };
};

/**
 * One year's figures.
 * @example yearFigures(input, 2025, 4).overdue // recommendations due in 2025/26 overdue at its end
 */
export function yearFigures(input: ImpactInput, year: number, startMonth: number): YearFigures {
  const range = reportingYearRange(year, startMonth);
  const asAt = asAtDate(range, input.buildDate);
  const states = input.reviews.flatMap((r) => r.data.recommendations.filter((rec) => isWithin(rec.due, range)).map((rec) => recommendationState(rec, asAt)));
  const count = (state: string) => states.filter((s) => s === state).length;
  const timeliness = input.reviews.map((r) => assessTimeliness(r.data.timeline ?? {}));
  const closedOnTime = count('complete-on-time');
  const closedLate = count('complete-late');
  const overdue = count('overdue');
  return {
    year,
    label: reportingYearLabel(year, startMonth),
    asAt,
    partial: asAt < range.to,
    due: states.length,
    closedOnTime,
    closedLate,
    overdue,
    other: states.length - closedOnTime - closedLate - overdue,
    reviews: input.reviews.filter((r) => isWithin(r.data.published, range)).length,
    rapidReviews: met(timeliness.flatMap((t) => (t.rapidReview && isWithin(t.rapidReview.completed, range) ? [t.rapidReview.withinTarget] : []))),
    reports: met(timeliness.flatMap((t) => (t.report && isWithin(t.report.completed, range) ? [t.report.withinTarget] : []))),
  };
}

const isEmpty = (y: YearFigures) => y.due === 0 && y.reviews === 0 && y.rapidReviews.assessed === 0 && y.reports.assessed === 0;

/**
 * The figures for each of `years`, oldest first, from the first year with anything to count.
 * @example buildTrend(input, [2025, 2024, 2023], 4).map((y) => y.label) // ['2023/24', '2024/25', '2025/26']
 */
export function buildTrend(input: ImpactInput, years: readonly number[], startMonth: number): YearFigures[] {
  const figures = [...years].sort((a, b) => a - b).map((year) => yearFigures(input, year, startMonth));
  const first = figures.findIndex((y) => !isEmpty(y));
  return first === -1 ? [] : figures.slice(first);
}

export interface TrendPoint {
  label: string;
  /** null when the year has nothing to measure (a rate with no cases). */
  value: number | null;
  partial: boolean;
}

/**
 * One line saying which way a figure went between the last two complete years that have a
 * value, and where the current (partial) year stands so far.
 * @example describeDirection([{ label: '2024/25', value: 5, partial: false }, { label: '2025/26', value: 3, partial: false }], { subject: 'Overdue at year end', better: 'lower' })
 * // 'Overdue at year end fell from 5 in 2024/25 to 3 in 2025/26: better.'
 */
export function describeDirection(points: readonly TrendPoint[], options: { subject: string; better: 'lower' | 'higher'; unit?: string }): string {
  const { subject, better, unit = '' } = options;
  const show = (p: TrendPoint) => `${p.value}${unit} in ${p.label}`;
  const complete = points.filter((p) => !p.partial && p.value !== null);
  const current = points.find((p) => p.partial && p.value !== null);
  const soFar = current ? ` So far in ${current.label}: ${current.value}${unit}.` : '';
  if (complete.length < 2) {
    const only = complete[0];
    return (only ? `${subject}: ${show(only)}, the only complete year to compare.` : `${subject}: no complete year to compare yet.`) + soFar;
  }
  const [before, last] = complete.slice(-2) as [TrendPoint, TrendPoint];
  if (last.value === before.value) return `${subject} stayed at ${last.value}${unit} in ${before.label} and ${last.label}.${soFar}`;
  const rose = last.value! > before.value!;
  const verdict = rose === (better === 'higher') ? 'better' : 'worse';
  return `${subject} ${rose ? 'rose' : 'fell'} from ${show(before)} to ${show(last)}: ${verdict}.${soFar}`;
}

/**
 * A whole-number share, or null when there is nothing to share out.
 * @example shareOf(1, 4) // 25
 */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 100) / whole);
}
