/**
 * Helpers for `YYYY-MM-DD` date strings, the one date shape Cascade uses. Arithmetic runs in
 * UTC so that a date never slips by a day across a clock change or on a server in another zone.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function parseParts(date: string): [year: number, month: number, day: number] {
  const match = DATE_PATTERN.exec(date);
  // Schemas validate dates before they reach here, so a bad one is a programming error.
  if (!match) throw new TypeError(`"${date}" is not a date written YYYY-MM-DD`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function toUtcMs(date: string): number {
  const [year, month, day] = parseParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The date `n` days after `date` (before it when `n` is negative).
 * @example addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * MS_PER_DAY);
}

/**
 * The same day `n` calendar months later, held to the last day of a shorter month.
 * @example addMonths('2025-01-31', 1) // '2025-02-28'
 */
export function addMonths(date: string, n: number): string {
  const [year, month, day] = parseParts(date);
  const monthIndex = month - 1 + n;
  // Day 0 of the following month is the last day of the target month.
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, monthIndex, Math.min(day, lastDay)));
}

/**
 * Orders two dates for `Array.prototype.sort`: negative when `a` is earlier.
 * @example ['2025-03-01', '2024-12-31'].sort(compareDates) // ['2024-12-31', '2025-03-01']
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calendar days from `a` to `b`: positive when `b` is later.
 * @example daysBetween('2024-12-25', '2025-01-01') // 7
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/**
 * Whether the date falls on a Saturday or Sunday.
 * @example isWeekend('2025-03-15') // true
 */
export function isWeekend(date: string): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * A date as readers in the UK write it, without the weekday.
 * @example formatDate('2025-03-14') // '14 March 2025'
 */
export function formatDate(date: string): string {
  return LONG_DATE.format(toUtcMs(date));
}

/**
 * The month and year of a date, for newsletter issues and listings.
 * @example formatMonthYear('2025-03-14') // 'March 2025'
 */
export function formatMonthYear(date: string): string {
  return MONTH_YEAR.format(toUtcMs(date));
}

/**
 * The year of a date, as a number.
 * @example yearOf('2025-03-14') // 2025
 */
export function yearOf(date: string): number {
  return parseParts(date)[0];
}
