/**
 * Working days: Monday to Friday, less bank holidays. Statutory guidance sets the rapid
 * review's deadline in working days from the serious incident notification.
 *
 * The convention, used throughout Cascade: the day an event happens is day 0, and the count
 * starts the next working day. So a deadline of "within 15 working days of the notification"
 * falls on `addWorkingDays(notified, 15)`, and work is in time when
 * `countWorkingDays(notified, completed)` is 15 or fewer: on or before that date, or on the
 * weekend or bank holidays straight after it, before a 16th working day has begun.
 *
 * Holidays default to England and Wales, which the list covers from 2010 to 2030; dates
 * outside it count only weekends as non-working days.
 */
import { BANK_HOLIDAYS_ENGLAND_WALES } from './bank-holidays.ts';
import { addDays, isWeekend } from '../dates.ts';

function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The working days after `from`, up to and including `to`; negative when `to` is earlier.
 * @example countWorkingDays('2024-03-28', '2024-04-02') // 2: Good Friday and Easter Monday are holidays
 */
export function countWorkingDays(from: string, to: string, holidays: ReadonlySet<string> = BANK_HOLIDAYS_ENGLAND_WALES): number {
  if (to < from) return -countWorkingDays(to, from, holidays);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, holidays)) count++;
  }
  return count;
}

/**
 * The `n`th working day after `from` (before it when `n` is negative); `from` itself when `n` is 0.
 * @example addWorkingDays('2024-03-28', 1) // '2024-04-02', after the Easter weekend
 */
export function addWorkingDays(from: string, n: number, holidays: ReadonlySet<string> = BANK_HOLIDAYS_ENGLAND_WALES): string {
  const step = n < 0 ? -1 : 1;
  let date = from;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    date = addDays(date, step);
    if (isWorkingDay(date, holidays)) remaining--;
  }
  return date;
}
