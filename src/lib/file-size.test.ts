import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('file sizes as people read them', () => {
  it.each([
    [1, '1 byte'],
    [512, '512 bytes'],
    [1000, '1 KB'],
    [34_400, '34 KB'],
    [999_600, '1 MB'],
    [1_234_567, '1.2 MB'],
    [25_000_000, '25 MB'],
  ])('%i bytes reads "%s"', (bytes, expected) => {
    expect(formatFileSize(bytes)).toBe(expected);
  });
});
