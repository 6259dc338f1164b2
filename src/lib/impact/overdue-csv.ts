/**
 * The overdue list as CSV for the board's papers and the agencies' own trackers (RFC 4180:
 * comma-separated, CRLF line ends, fields quoted when they need it). Content is written by
 * editors, so a field that a spreadsheet would run as a formula is defused with a leading
 * apostrophe, as OWASP advises for CSV injection.
 */
import type { OverdueItem } from './overdue.ts';

const HEADER = ['Review', 'Review title', 'Reference', 'Recommendation', 'Owners', 'Due', 'Days overdue', 'Latest update date', 'Latest update'];

/**
 * One CSV field, quoted and defused as needed.
 * @example csvField('Say "hi", then =SUM(A1)') // '"Say ""hi"", then =SUM(A1)"'
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The overdue list as a CSV file, one row per recommendation, in the list's order.
 * @example overdueCsv(items).split('\r\n')[0] // 'Review,Review title,Reference,…'
 */
export function overdueCsv(items: readonly OverdueItem[]): string {
  const rows = items.map((i) => [i.review.id, i.review.title, i.reference, i.text, i.owners.map((o) => o.name).join('; '), i.due, i.daysOverdue, i.latestUpdate?.date ?? '', i.latestUpdate?.note ?? '']);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
