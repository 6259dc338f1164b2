/**
 * The one-page report for the board's papers, for a reporting year or a quarter: the headline
 * figures, the overdue list, what changed and the learning gaps. Lists are capped so the page
 * fits one sheet of A4 whatever the content; the rest is counted, and the full overdue list is
 * in the CSV beside the report.
 */
import { inputAsAt } from './as-at.ts';
import { gatherDifference } from './difference.ts';
import { findLearningGaps } from './gaps.ts';
import { countActivity } from './how-much.ts';
import { assessPerformance } from './how-well.ts';
import { overdueHeadline, type OverdueHeadline, type OverdueItem } from './overdue.ts';
import type { ImpactStatement } from './difference.ts';
import type { DateRange } from './reporting-year.ts';
import type { ImpactInput } from './_types.ts';

/** How many of each list fit on the page beside everything else. */
export const REPORT_LIMITS = { overdue: 10, impacts: 3, reviewsWithoutBriefing: 4, prioritiesWithoutCourse: 4 } as const;

/** Room for a recommendation's text, and for an update's note, in the printed table. */
const TEXT_ROOM = 100;
const NOTE_ROOM = 70;

export interface Capped<T> {
  shown: T[];
  /** How many were left off the page. */
  more: number;
}

export interface BoardReport {
  headline: OverdueHeadline;
  overdue: Capped<OverdueItem & { shortText: string }>;
  figures: {
    reviews: number;
    briefings: number;
    sessionsRun: number;
    due: number;
    completeOnTime: number;
    completeLate: number;
    overdueOfDue: number;
    rapidReviews: { within: number; assessed: number };
    reports: { within: number; assessed: number };
  };
  impacts: Capped<ImpactStatement>;
  reviewsWithoutBriefing: Capped<{ id: string; title: string; published: string }>;
  prioritiesWithoutCourse: Capped<{ id: string; title: string; status: string }>;
}

/**
 * The first `limit` items and how many more there are.
 * @example cap([1, 2, 3], 2) // { shown: [1, 2], more: 1 }
 */
export function cap<T>(items: readonly T[], limit: number): Capped<T> {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/**
 * Text cut at a word boundary to at most `room` characters, with an ellipsis when cut.
 * @example shorten('Share every plan with the school nurse', 20) // 'Share every plan…'
 */
export function shorten(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > room / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * Everything on one period's board report, judged as at `asAt` (the period's last day, or the
 * build date while it runs) and compared with `previousAsAt`.
 * @example boardReport(input, { from: '2025-10-01', to: '2025-12-31' }, '2025-12-31', '2025-09-30').headline.overdue.length
 */
export function boardReport(input: ImpactInput, range: DateRange, asAt: string, previousAsAt: string | null): BoardReport {
  const headline = overdueHeadline(input, asAt, previousAsAt);
  const then = inputAsAt(input, asAt);
  const howMuch = countActivity(then, range);
  const howWell = assessPerformance(then, range);
  const gaps = findLearningGaps(then, range);
  const count = (key: string) => howWell.states.find((s) => s.key === key)?.count ?? 0;
  return {
    headline,
    overdue: cap(
      headline.overdue.map((item) => ({
        ...item,
        shortText: shorten(item.text, TEXT_ROOM),
        latestUpdate: item.latestUpdate && { ...item.latestUpdate, note: shorten(item.latestUpdate.note, NOTE_ROOM) },
      })),
      REPORT_LIMITS.overdue,
    ),
    figures: {
      reviews: howMuch.reviews,
      briefings: howMuch.briefings,
      sessionsRun: howMuch.sessionsRun,
      due: howWell.recommendations,
      completeOnTime: count('complete-on-time'),
      completeLate: count('complete-late'),
      overdueOfDue: count('overdue'),
      rapidReviews: howWell.rapidReviews,
      reports: howWell.reports,
    },
    impacts: cap(gatherDifference(then, range).impacts, REPORT_LIMITS.impacts),
    reviewsWithoutBriefing: cap(gaps.reviewsWithoutBriefing, REPORT_LIMITS.reviewsWithoutBriefing),
    prioritiesWithoutCourse: cap(gaps.prioritiesWithoutCourse, REPORT_LIMITS.prioritiesWithoutCourse),
  };
}
