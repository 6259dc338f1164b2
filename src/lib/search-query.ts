/**
 * The search page's state as it lives in the address bar (`/search/?q=neglect&type=Review`),
 * so any search can be linked to, and what the page says about its results.
 */
import { SEARCH_FILTERS, type SearchFilterKey } from './search-meta.ts';

export type SearchSort = 'relevance' | 'date';

export interface SearchState {
  /** The words typed, trimmed. */
  q: string;
  /** Chosen values per filter; values of one filter are alternatives, filters combine. */
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
  /** Search the other partnerships' indexes too ("Include other partnerships"); off unless set. */
  others?: boolean;
}

const FILTER_KEYS = new Set<string>(SEARCH_FILTERS.map((f) => f.key));

/**
 * Reads the search from a query string; unknown parameters are ignored.
 * @example readSearchState(new URLSearchParams('q=neglect&type=Review&sort=date'))
 * // { q: 'neglect', filters: { type: ['Review'] }, sort: 'date' }
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!FILTER_KEYS.has(key) || !value) continue;
    const list = (filters[key as SearchFilterKey] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  const others = params.get('others') === '1';
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance', ...(others ? { others } : {}) };
}

/**
 * The query string for a search: `q` first, then filters in the page's order, and `sort`
 * only when it is not the default. The inverse of readSearchState.
 * @example writeSearchState({ q: 'neglect', filters: { type: ['Review'] }, sort: 'relevance' }) // 'q=neglect&type=Review'
 */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key } of SEARCH_FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.others) params.set('others', '1');
  return params.toString();
}

/**
 * Whether there is anything to search for: words, or at least one filter.
 * @example hasCriteria({ q: '', filters: {}, sort: 'date' }) // false
 */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || Object.values(state.filters).some((values) => values.length > 0);
}

/**
 * The options for pagefind's search(): any chosen value of a filter matches (OR), and every
 * filter with a choice must match (AND); newest first when sorting by date.
 * @example toPagefindOptions({ q: 'x', filters: { theme: ['Neglect', 'Online safety'] }, sort: 'date' })
 * // { filters: { theme: { any: ['Neglect', 'Online safety'] } }, sort: { date: 'desc' } }
 */
export function toPagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: { date: 'desc' } } {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length) filters[key] = { any: values };
  return { filters, ...(state.sort === 'date' ? { sort: { date: 'desc' as const } } : {}) };
}

/**
 * What the page announces after a search, for sighted and screen reader users alike.
 * @example describeResults(3, { q: 'neglect', filters: { type: ['Review'] }, sort: 'relevance' })
 * // '3 results for “neglect” with 1 filter'
 */
export function describeResults(count: number, state: SearchState): string {
  const chosen = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const what = state.q ? ` for “${state.q}”` : '';
  const filtered = chosen ? ` with ${chosen} ${chosen === 1 ? 'filter' : 'filters'}` : '';
  if (count === 0) return `No results${what}${filtered}. Check the spelling, try fewer or other words${chosen ? ', or remove a filter' : ''}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${filtered}`;
}

/**
 * Whether a result's excerpt tells the reader something its title and summary do not: it
 * does when a searched word is in neither, so the match is further down the page.
 * @example excerptAddsContext('Neglect', 'Spotting neglect early.', 'neglect') // false
 */
export function excerptAddsContext(title: string, summary: string, q: string): boolean {
  const shown = `${title} ${summary}`.toLocaleLowerCase('en-GB');
  return q
    .toLocaleLowerCase('en-GB')
    .split(/\s+/)
    .filter(Boolean)
    .some((word) => !shown.includes(word));
}

/**
 * Whether an excerpt is mostly the hidden list of roles an entry is indexed under (see
 * SearchMeta) rather than its text: it names two or more of the roles. Such an excerpt is
 * left out; the summary says more.
 * @example excerptIsRoleList('…<mark>Health</mark>: health visitor, midwife, GP…', 'Health: health visitor, midwife, GP.') // true
 */
export function excerptIsRoleList(excerpt: string, roles: string): boolean {
  if (!roles) return false;
  const text = excerpt.replace(/<[^>]+>/g, '').toLocaleLowerCase('en-GB');
  // "Health: health visitor, midwife." → the roles after each sector's name.
  const phrases = roles
    .toLocaleLowerCase('en-GB')
    .split(/\.\s*/)
    .flatMap((sector) => (sector.split(':')[1] ?? '').split(','))
    .map((p) => p.trim())
    .filter((p) => p.length > 1);
  return phrases.filter((p) => text.includes(p)).length >= 2;
}
