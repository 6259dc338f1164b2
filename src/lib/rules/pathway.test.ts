import { describe, expect, test } from 'vitest';
import { cap, groupByLevel, hiddenInPathway, orderBriefings, pathwayThemes, withTheme } from './pathway.ts';

const briefing = (id: string, format: string, published: string) => ({ id, data: { format, published } });
const course = (id: string, level: string) => ({ id, data: { level } });
const themed = (id: string, themes: string[]) => ({ id, data: { themes } });

describe('role pathway order', () => {
  test('seven-minute briefings come first, then the others, newest first within each', () => {
    const ordered = orderBriefings([
      briefing('old-summary', 'learning-summary', '2023-01-01'),
      briefing('old-seven', 'seven-minute', '2022-01-01'),
      briefing('new-summary', 'learning-summary', '2026-01-01'),
      briefing('new-seven', 'seven-minute', '2025-01-01'),
    ]);
    expect(ordered.map((b) => b.id)).toEqual(['new-seven', 'old-seven', 'new-summary', 'old-summary']);
  });

  test('courses come by level, foundation first, and a level with none is left out', () => {
    const groups = groupByLevel([course('a', 'specialist'), course('b', 'foundation'), course('c', 'specialist')]);
    expect(groups.map((g) => [g.level, g.courses.map((c) => c.id)])).toEqual([['foundation', ['b']], ['specialist', ['a', 'c']]]);
  });

  test.each([
    [[1, 2, 3, 4, 5], 3, { shown: [1, 2, 3], hidden: 2 }],
    [[1, 2], 3, { shown: [1, 2], hidden: 0 }],
    [[], 3, { shown: [], hidden: 0 }],
  ])('cap(%j, %i) shows %j', (items, limit, expected) => expect(cap(items, limit)).toEqual(expected));
});

describe('the pathway theme filter', () => {
  const entries = [themed('a', ['neglect', 'online-safety']), themed('b', ['neglect']), themed('c', [])];

  test('offers each theme its entries carry, with how many, most first', () => {
    expect(pathwayThemes(entries)).toEqual([{ id: 'neglect', count: 2 }, { id: 'online-safety', count: 1 }]);
  });

  test('keeps only the entries with the chosen theme', () => {
    expect(withTheme(entries, 'online-safety').map((e) => e.id)).toEqual(['a']);
  });
});

describe('what a capped pathway leaves out', () => {
  const course = (level: string) => ({ data: { level } });
  test('counts each list past its limit, courses level by level', () => {
    expect(hiddenInPathway({ briefings: Array.from({ length: 5 }, (_, i) => briefing(`b${i}`, 'seven-minute', '2026-01-01')), courses: [course('foundation'), course('foundation'), course('foundation'), course('core')], reviews: [1, 2, 3] })).toEqual({ briefings: 2, courses: 1, reviews: 0 });
  });
});
