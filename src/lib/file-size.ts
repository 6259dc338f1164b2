/**
 * How a document link tells a reader what they are about to download, as GOV.UK does:
 * "PDF, 1.2 MB". Someone on a phone with little data decides from this whether to open it.
 */

const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/**
 * A file size in decimal units (1 KB = 1,000 bytes, as phones and operating systems show it),
 * one decimal place below 10 and whole numbers above.
 * @example formatFileSize(1_234_567) // '1.2 MB'
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`a file size is a number of bytes, 0 or more; got ${bytes}`);
  if (bytes < 1000) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = value < 9.95 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${UNITS[unit]}`;
}
