/**
 * The partnership's reporting year: the twelve months its annual report covers, starting in
 * `reportingYearStart` (partnership.yaml; April by default). A year is named by the calendar
 * year it starts in, so with an April start year 2025 runs 2025-04-01 to 2026-03-31.
 */

export interface DateRange {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The reporting year a date falls in, named by the calendar year the reporting year starts in.
 * @example reportingYearOf('2026-03-31', 4) // 2025
 */
export function reportingYearOf(date: string, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= startMonth ? year : year - 1;
}

/**
 * The first and last day of a reporting year.
 * @example reportingYearRange(2025, 4) // { from: '2025-04-01', to: '2026-03-31' }
 */
export function reportingYearRange(year: number, startMonth: number): DateRange {
  if (startMonth === 1) return { from: `${year}-01-01`, to: `${year}-12-31` };
  // The day before the next year's start: month `startMonth - 1`, whose length varies.
  const lastMonth = startMonth - 1;
  const lastDay = new Date(Date.UTC(year + 1, lastMonth, 0)).getUTCDate();
  return { from: `${year}-${pad(startMonth)}-01`, to: `${year + 1}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/**
 * How a reporting year is written: "2025/26" when it spans two calendar years, "2025" when it
 * starts in January.
 * @example reportingYearLabel(2025, 4) // '2025/26'
 */
export function reportingYearLabel(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `${year}/${pad((year + 1) % 100)}`;
}

/**
 * Whether a date lies inside a range; with no range (all time) every date does.
 * @example isWithin('2026-03-31', { from: '2025-04-01', to: '2026-03-31' }) // true
 */
export function isWithin(date: string | undefined, range: DateRange | null): boolean {
  if (date === undefined) return false;
  return range === null || (date >= range.from && date <= range.to);
}

/**
 * Every reporting year from the earliest one any date falls in up to the one containing
 * `today`, newest first. Years with no activity stay in the list: an empty year is a figure too.
 * Dates after `today`'s year (recommendations due in future) add no year.
 * @example listReportingYears(['2024-05-01', '2023-01-10'], '2025-06-01', 4) // [2025, 2024, 2023, 2022]
 */
export function listReportingYears(dates: Iterable<string>, today: string, startMonth: number): number[] {
  const current = reportingYearOf(today, startMonth);
  let earliest = current;
  for (const date of dates) earliest = Math.min(earliest, reportingYearOf(date, startMonth));
  const years: number[] = [];
  for (let year = current; year >= earliest; year--) years.push(year);
  return years;
}

/**
 * The four quarters of a reporting year, each three months from the year's start month.
 * @example reportingQuarterRange(2025, 4, 4) // { from: '2026-01-01', to: '2026-03-31' }
 */
export function reportingQuarterRange(year: number, quarter: 1 | 2 | 3 | 4, startMonth: number): DateRange {
  const first = new Date(Date.UTC(year, startMonth - 1 + (quarter - 1) * 3, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 3, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/**
 * How a quarter is written: "Q3 2025/26".
 * @example reportingQuarterLabel(2025, 3, 4) // 'Q3 2025/26'
 */
export function reportingQuarterLabel(year: number, quarter: number, startMonth: number): string {
  return `Q${quarter} ${reportingYearLabel(year, startMonth)}`;
}
