/**
 * A file size as GOV.UK writes it beside a download: "512 bytes", "34 KB", "1.2 MB".
 * Decimal units (1 KB = 1,000 bytes), as operating systems show them to the public.
 * @example formatFileSize(1_234_567) // '1.2 MB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.5 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}
