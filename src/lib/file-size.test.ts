import { describe, expect, test } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
  test.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 KB'],
    [1500, '1.5 KB'],
    [9_949, '9.9 KB'],
    [12_345, '12 KB'],
    [999_499, '999 KB'],
    [999_500, '1 MB'],
    [9_960, '10 KB'],
    [1_234_567, '1.2 MB'],
    [25_600_000, '26 MB'],
    [3_000_000_000, '3 GB'],
  ])('%d bytes reads as %s', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });

  test('a negative size is refused', () => {
    expect(() => formatFileSize(-1)).toThrow(/0 or more/);
  });
});
