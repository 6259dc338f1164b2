import { describe, expect, test } from 'vitest';
import { pageContents, repeatsHeading, sameHeading } from './page-contents.ts';

describe('headings the page adds', () => {
  test.each([
    ['Why the full report is not published', 'why the full report is NOT published.', true],
    ['Good practice', 'Good  practice', true],
    ['Good practice', 'Good practice found', false],
  ])('"%s" and "%s" read the same: %s', (a, b, expected) => expect(sameHeading(a, b)).toBe(expected));

  test('a heading the body already has is a repeat', () => {
    const body = [{ text: 'What happened' }, { text: 'Why the full report is not published' }];
    expect(repeatsHeading(body, 'Why the full report is not published')).toBe(true);
    expect(repeatsHeading(body, 'Key messages')).toBe(false);
  });
});

describe('pageContents', () => {
  test('keeps the sections shown, in order, each id once', () => {
    expect(pageContents([{ id: 'key-messages', label: 'Key messages' }, false, undefined, { id: 'what-happened', label: 'What happened' }, { id: 'key-messages', label: 'Again' }, { id: 'documents', label: 'Documents' }])).toEqual([
      { id: 'key-messages', label: 'Key messages' },
      { id: 'what-happened', label: 'What happened' },
      { id: 'documents', label: 'Documents' },
    ]);
  });
});
