import { formatMonthYear } from '../dates.ts';

/**
 * A period as readers say it, to the month: priorities and newsletters run for months or years.
 * @example formatPeriod({ from: '2024-04-01', to: '2027-03-31' }) // 'April 2024 to March 2027'
 */
export function formatPeriod(period: { from: string; to: string }): string {
  const [from, to] = [formatMonthYear(period.from), formatMonthYear(period.to)];
  return from === to ? from : `${from} to ${to}`;
}
