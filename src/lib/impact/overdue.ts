/**
 * What the board reads first: every overdue recommendation, oldest first, with who owns it and
 * what they last reported; and the headline around it (how many are open, how the count
 * compares with the end of the previous period). Everything is judged as at one day.
 */
import { daysBetween } from '../dates.ts';
import { isOpenAt, isOverdue } from '../rules/recommendations.ts';
import { inputAsAt } from './as-at.ts';
import type { ImpactInput } from './_types.ts';

export interface OverdueItem {
  review: { id: string; title: string };
  /** The recommendation's `id` within its review, e.g. R3. */
  reference: string;
  text: string;
  /** Owning agencies in the order the review names them; an unknown id keeps its id as name. */
  owners: { id: string; name: string }[];
  due: string;
  /** Calendar days from the due date to the as-at day: 1 on the day after it was due. */
  daysOverdue: number;
  /** The newest progress update dated on or before the as-at day, if any. */
  latestUpdate: { date: string; note: string } | null;
}

export interface OverdueHeadline {
  /** The day everything is judged at. */
  asAt: string;
  /** Recommendations open on that day (not started, in progress, or completed only later). */
  open: number;
  /** The open ones past their due date, most days overdue first. */
  overdue: OverdueItem[];
  /** The same count at the end of the period before, when there was one. */
  previous: { asAt: string; overdue: number; open: number } | null;
}

/**
 * Every recommendation overdue as at `input.buildDate`, most days overdue first, then by review
 * and reference. With `agencyId`, only those that agency owns (alone or with others).
 * @example listOverdue(input)[0] // { review: { id: 'child-q', … }, reference: 'R3', daysOverdue: 412, … }
 */
export function listOverdue(input: ImpactInput, agencyId?: string): OverdueItem[] {
  const date = input.buildDate;
  const names = new Map(input.agencies.map((a) => [a.id, a.name]));
  return input.reviews
    .flatMap((r) =>
      r.data.recommendations
        .filter((rec) => isOverdue(rec, date) && (agencyId === undefined || rec.owners.includes(agencyId)))
        .map((rec): OverdueItem => {
          const updates = (rec.updates ?? []).filter((u) => u.date <= date).sort((a, b) => b.date.localeCompare(a.date));
          return {
            review: { id: r.id, title: r.data.title },
            reference: rec.id,
            text: rec.text,
            owners: rec.owners.map((id) => ({ id, name: names.get(id) ?? id })),
            due: rec.due,
            daysOverdue: daysBetween(rec.due, date),
            latestUpdate: updates[0] ? { date: updates[0].date, note: updates[0].note } : null,
          };
        }),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.review.id.localeCompare(b.review.id) || a.reference.localeCompare(b.reference, 'en', { numeric: true }));
}

/**
 * How many recommendations were open at the end of `input.buildDate`.
 * @example countOpen(input) // 28
 */
export function countOpen(input: ImpactInput, agencyId?: string): number {
  return input.reviews.flatMap((r) => r.data.recommendations).filter((rec) => isOpenAt(rec, input.buildDate) && (agencyId === undefined || rec.owners.includes(agencyId))).length;
}

/**
 * The board's headline as at `asAt`, compared with `previousAsAt` (the last day of the period
 * before). `input` is the whole public site, as `inputAsAt` sees it on each day.
 * @example overdueHeadline(input, '2026-11-22', '2026-03-31').overdue.length // 15
 */
export function overdueHeadline(input: ImpactInput, asAt: string, previousAsAt: string | null, agencyId?: string): OverdueHeadline {
  const now = inputAsAt(input, asAt);
  const before = previousAsAt === null ? null : inputAsAt(input, previousAsAt);
  return {
    asAt,
    open: countOpen(now, agencyId),
    overdue: listOverdue(now, agencyId),
    previous: before && { asAt: previousAsAt!, overdue: listOverdue(before, agencyId).length, open: countOpen(before, agencyId) },
  };
}

/**
 * A count compared with an earlier one, in words a board paper uses.
 * @example describeChange(12, 15) // '3 fewer than'
 */
export function describeChange(now: number, before: number): string {
  if (now === before) return 'the same as';
  const diff = Math.abs(now - before);
  return `${diff} ${now > before ? 'more' : 'fewer'} than`;
}
