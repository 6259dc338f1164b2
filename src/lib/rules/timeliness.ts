/**
 * Timeliness of a review, worked out from its `timeline` dates for the review page and the
 * impact report: the rapid review is due within 15 working days of the serious incident
 * notification, and the final report within 6 months of the review starting.
 */
import type { z } from 'zod';
import type { TimelineSchema } from '../../schemas/review.ts';
import { BANK_HOLIDAYS_ENGLAND_WALES } from './bank-holidays.ts';
import { addMonths } from '../dates.ts';
import { addWorkingDays, countWorkingDays } from './working-days.ts';

/** Working days after the notification within which the rapid review should be completed. */
export const RAPID_REVIEW_WORKING_DAYS = 15;

/** Calendar months after the review starts within which the final report should be completed. */
export const REPORT_MONTHS = 6;

/** The targets in words, for pages and reports: "within 15 working days", "within 6 months". */
export const RAPID_REVIEW_TARGET = `within ${RAPID_REVIEW_WORKING_DAYS} working days`;
export const REPORT_TARGET = `within ${REPORT_MONTHS} months`;

export type Timeline = z.output<typeof TimelineSchema>;

export interface RapidReviewTimeliness {
  /** The last day of the target: `RAPID_REVIEW_WORKING_DAYS` working days after notification. */
  due: string;
  completed: string;
  /** Working days from notification to completion, as `countWorkingDays` counts them. */
  workingDays: number;
  withinTarget: boolean;
}

export interface ReportTimeliness {
  /** `REPORT_MONTHS` calendar months after the start, held to the end of a shorter month. */
  due: string;
  completed: string;
  withinTarget: boolean;
  /** Whole calendar months from the start to completion. */
  months: number;
}

export interface Timeliness {
  /** `null` when the notification or rapid review date is missing. */
  rapidReview: RapidReviewTimeliness | null;
  /** `null` when the start or completion date is missing. */
  report: ReportTimeliness | null;
}

// The most whole months that can be added to `from` without passing `to`.
function countWholeMonths(from: string, to: string): number {
  if (to < from) return -countWholeMonths(to, from);
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  // The month count alone overshoots when `to` is earlier in its month than `from` was.
  return addMonths(from, months) > to ? months - 1 : months;
}

function assessRapidReview(notified: string, completed: string, holidays: ReadonlySet<string>): RapidReviewTimeliness {
  const workingDays = countWorkingDays(notified, completed, holidays);
  const due = addWorkingDays(notified, RAPID_REVIEW_WORKING_DAYS, holidays);
  return { due, completed, workingDays, withinTarget: workingDays <= RAPID_REVIEW_WORKING_DAYS };
}

function assessReport(started: string, completed: string): ReportTimeliness {
  const due = addMonths(started, REPORT_MONTHS);
  return { due, completed, withinTarget: completed <= due, months: countWholeMonths(started, completed) };
}

/**
 * Whether a review's rapid review and final report met their statutory targets.
 *
 * The rapid review is in time when no more than 15 working days passed between notification
 * and completion: on or before `due`, or on a weekend or bank holiday straight after it, when
 * the 16th working day had not yet begun. This keeps the verdict in step with the working-day
 * count shown beside it.
 *
 * @example
 * assessTimeliness({ notified: '2025-03-10', rapidReview: '2025-03-31' }).rapidReview
 * // { due: '2025-03-31', completed: '2025-03-31', workingDays: 15, withinTarget: true }
 */
export function assessTimeliness(timeline: Timeline, holidays: ReadonlySet<string> = BANK_HOLIDAYS_ENGLAND_WALES): Timeliness {
  const { notified, rapidReview, started, completed } = timeline;
  return {
    rapidReview: notified && rapidReview ? assessRapidReview(notified, rapidReview, holidays) : null,
    report: started && completed ? assessReport(started, completed) : null,
  };
}
