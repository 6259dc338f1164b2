import { describe, expect, test } from 'vitest';
import { buildFacets, findFacetValue } from './facets.ts';

interface Item { id: string; kind: string; themes: string[]; year: string }
const items: Item[] = [
  { id: 'a', kind: 'lcspr', themes: ['neglect', 'neglect'], year: '2026' },
  { id: 'b', kind: 'audit', themes: ['neglect', 'domestic-abuse'], year: '2024' },
  { id: 'c', kind: 'lcspr', themes: [], year: '2025' },
  { id: 'd', kind: 'lcspr', themes: ['domestic-abuse'], year: '2024' },
];
const LABELS: Record<string, string> = { lcspr: 'Practice review', audit: 'Audit', neglect: 'Neglect', 'domestic-abuse': 'Domestic abuse' };
const facets = buildFacets(items, {
  kind: { valuesOf: (i) => [i.kind], labelOf: (v) => LABELS[v]! },
  theme: { valuesOf: (i) => i.themes, labelOf: (v) => LABELS[v]! },
  year: { valuesOf: (i) => [i.year], order: 'descending' },
});
const summary = (key: keyof typeof facets) => facets[key].map((v) => `${v.label} (${v.count}): ${v.entries.map((e) => e.id).join(' ')}`);

describe('buildFacets', () => {
  test('each value lists its entries in the given order, sorted by label', () => {
    expect(summary('kind')).toEqual(['Audit (1): b', 'Practice review (3): a c d']);
  });

  test('an entry with several values is counted under each, and a repeated value once', () => {
    expect(summary('theme')).toEqual(['Domestic abuse (2): b d', 'Neglect (2): a b']);
  });

  test('an entry with no value for a facet is in none of its values', () => {
    expect(facets.theme.flatMap((v) => v.entries).some((e) => e.id === 'c')).toBe(false);
  });

  test('years run newest first', () => {
    expect(summary('year')).toEqual(['2026 (1): a', '2025 (1): c', '2024 (2): b d']);
  });

  test('every count equals the number of entries listed for that value', () => {
    for (const values of Object.values(facets)) for (const v of values) expect(v.count).toBe(v.entries.length);
  });

  test('no entries give no values, so no empty filter page is built', () => {
    expect(buildFacets<Item, 'kind'>([], { kind: { valuesOf: (i) => [i.kind] } })).toEqual({ kind: [] });
  });

  test('a value without a label shows as itself', () => {
    expect(buildFacets(items.slice(0, 1), { kind: { valuesOf: (i) => [i.kind] } }).kind[0]?.label).toBe('lcspr');
  });
});

describe('findFacetValue', () => {
  test.each([
    ['lcspr', 3],
    ['scr', undefined],
  ])('the kind %s has %s entries', (value, count) => {
    expect(findFacetValue(facets.kind, value)?.count).toBe(count);
  });
});
