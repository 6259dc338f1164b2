/**
 * Facets for listings that filter without JavaScript: every value of a field (a review's
 * kind, themes, agencies, year) with the entries that have it, counted once per build.
 * Each value becomes a static page, and its count is the length of that page's list, so the
 * two can never disagree.
 */

/**
 * The filters of each listing: /reviews/<facet>/<value>/. Also the names no review or
 * briefing may take as its file name (src/lib/site-routes.ts).
 */
export const LISTING_FACETS = {
  reviews: ['kind', 'theme', 'priority', 'agency', 'sector', 'year'],
  briefings: ['format', 'audience', 'theme', 'priority', 'sector'],
} as const;

export interface FacetValue<T> {
  /** The value as written in content (an id, a kind, a year). */
  value: string;
  label: string;
  count: number;
  /** In the order the entries were given (the listing's order, newest first). */
  entries: T[];
}

export interface FacetSpec<T> {
  /** The values an entry has for this facet; an entry may have none, one or several. */
  valuesOf(entry: T): readonly string[];
  /** What readers see for a value. Default: the value itself. */
  labelOf?(value: string): string;
  /** `label`: A to Z by label (default). `descending`: by value, highest first (years). */
  order?: 'label' | 'descending';
}

export type Facets<T, K extends string> = Record<K, FacetValue<T>[]>;

/**
 * Groups entries by every value of each facet. Values no entry has are absent, so no empty
 * filter page is ever built.
 * @example buildFacets(reviews, { kind: { valuesOf: (r) => [r.data.kind] } }).kind // [{ value: 'lcspr', label: 'lcspr', count: 3, entries: [...] }]
 */
export function buildFacets<T, K extends string>(entries: readonly T[], specs: Record<K, FacetSpec<T>>): Facets<T, K> {
  const result = {} as Facets<T, K>;
  for (const [key, spec] of Object.entries(specs) as [K, FacetSpec<T>][]) {
    const groups = new Map<string, T[]>();
    for (const entry of entries) {
      for (const value of new Set(spec.valuesOf(entry))) {
        const list = groups.get(value);
        if (list) list.push(entry);
        else groups.set(value, [entry]);
      }
    }
    const values = [...groups].map(([value, list]) => ({ value, label: spec.labelOf?.(value) ?? value, count: list.length, entries: list }));
    result[key] = spec.order === 'descending'
      ? values.sort((a, b) => b.value.localeCompare(a.value, 'en-GB', { numeric: true }))
      : values.sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  }
  return result;
}

/**
 * One value of a facet, or undefined when no entry has it.
 * @example findFacetValue(facets.kind, 'lcspr')?.count // 3
 */
export function findFacetValue<T>(values: readonly FacetValue<T>[], value: string): FacetValue<T> | undefined {
  return values.find((v) => v.value === value);
}
