import { describe, expect, test } from 'vitest';
import { formatPhase, formatSeconds, reuseNote } from './progress.ts';

describe('a progress line', () => {
  test.each([
    [{ name: 'content checked', done: 2034, unit: 'entries' }, 'content checked 2,034 entries'],
    [{ name: 'pages rendered', done: 120, total: 4321 }, 'pages rendered 120 of 4,321'],
    [{ name: 'pages rendered', done: 12, total: 4321, note: '4,309 reused', ms: 8130 }, 'pages rendered 12 of 4,321 (4,309 reused) in 8.1 s'],
    [{ name: 'cards drawn', done: 0, total: 0, note: 'all cached', ms: 12 }, 'cards drawn 0 of 0 (all cached) in 0.0 s'],
    [{ name: 'search indexed', done: 2000, unit: 'pages', ms: 95_400 }, 'search indexed 2,000 pages in 95 s'],
  ])('%o reads "%s"', (phase, line) => {
    expect(formatPhase(phase)).toBe(line);
  });

  test.each([
    [999, '1.0 s'],
    [59_940, '59.9 s'],
    [61_600, '62 s'],
  ])('%i ms is shown as %s', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

describe('what was reused', () => {
  test.each([
    { done: 0, total: 5, names: [], note: 'all cached' },
    { done: 0, total: 0, names: [], note: undefined },
    { done: 5, total: 5, names: [], note: undefined },
    { done: 2, total: 10, names: ['/b/', '/a/'], note: '8 cached, redone: /a/, /b/' },
    { done: 11, total: 4321, names: Array.from({ length: 11 }, (_, i) => `/${i}/`), note: '4,310 cached' },
  ])('$done of $total redone reads "$note"', ({ done, total, names, note }) => {
    expect(reuseNote(done, total, 'cached', names)).toBe(note);
  });
});
