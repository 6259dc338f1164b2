/**
 * "How much did we do?": reviews, briefings, courses and sessions, counted from the public
 * entries. Each review and briefing counts in the reporting year of its `published` date; a
 * session counts once its date has come (on or before the build date).
 */
import { AUDIENCES, BRIEFING_FORMATS, REVIEW_KINDS } from '../../schemas/index.ts';
import { AUDIENCE_LABELS, BRIEFING_FORMAT_LABELS, labelOf, REVIEW_KIND_LABELS } from '../labels.ts';
import { isWithin, reportingYearLabel, reportingYearOf } from './reporting-year.ts';
import type { ImpactInput, Period, Tally } from './_types.ts';

export interface HowMuch {
  reviews: number;
  /** Kinds with at least one review, in the content model's order. */
  reviewsByKind: Tally[];
  briefings: number;
  /** Formats with at least one briefing. */
  briefingsByFormat: Tally[];
  /** Public courses in the training tree (not dated: the same for every period). */
  coursesOffered: number;
  /** Courses with at least one session run in the period. */
  coursesRun: number;
  /** Sessions dated in the period and on or before the build date. */
  sessionsRun: number;
  /** Briefings written for each audience; all four audiences, zeros included. */
  audiencesReached: Tally[];
}

/**
 * Counts values in a fixed order, keeping only those that occur unless `keepZeros`.
 * @example tallyBy(['a', 'b', 'a'], ['a', 'b', 'c'], (k) => k.toUpperCase()) // [{ key: 'a', label: 'A', count: 2 }, { key: 'b', label: 'B', count: 1 }]
 */
export function tallyBy(values: readonly string[], order: readonly string[], label: (key: string) => string, keepZeros = false): Tally[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return order.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 })).filter((t) => keepZeros || t.count > 0);
}

/**
 * The "how much" figures for a reporting year, or for all time when `period` is null.
 * @example countActivity(input, { from: '2025-04-01', to: '2026-03-31' }).reviews // reviews published in 2025/26
 */
export function countActivity(input: ImpactInput, period: Period): HowMuch {
  const reviews = input.reviews.filter((r) => isWithin(r.data.published, period));
  const briefings = input.briefings.filter((b) => isWithin(b.data.published, period));
  const runDates = (sessions: { date: string }[]) => sessions.filter((s) => s.date <= input.buildDate && isWithin(s.date, period));
  const sessionsPerCourse = input.courses.map((c) => runDates(c.data.sessions).length);
  return {
    reviews: reviews.length,
    reviewsByKind: tallyBy(reviews.map((r) => r.data.kind), REVIEW_KINDS, (k) => labelOf(REVIEW_KIND_LABELS, k)),
    briefings: briefings.length,
    briefingsByFormat: tallyBy(briefings.map((b) => b.data.format), BRIEFING_FORMATS, (k) => labelOf(BRIEFING_FORMAT_LABELS, k)),
    coursesOffered: input.courses.length,
    coursesRun: sessionsPerCourse.filter((n) => n > 0).length,
    sessionsRun: sessionsPerCourse.reduce((a, b) => a + b, 0),
    audiencesReached: tallyBy(briefings.flatMap((b) => [...new Set(b.data.audiences)]), AUDIENCES, (k) => labelOf(AUDIENCE_LABELS, k), true),
  };
}

/**
 * Reviews published in each reporting year, oldest first, for the all-time trend.
 * @example reviewsByYear(input, 4) // [{ key: '2023', label: '2023/24', count: 1 }, …]
 */
export function reviewsByYear(input: Pick<ImpactInput, 'reviews'>, startMonth: number): Tally[] {
  const years = input.reviews.map((r) => reportingYearOf(r.data.published, startMonth));
  const order = [...new Set(years)].sort((a, b) => a - b).map(String);
  return tallyBy(years.map(String), order, (y) => reportingYearLabel(Number(y), startMonth));
}
