/**
 * The search page in the browser: loads pagefind's JS API from the built index, keeps the
 * search in the address bar, and renders filters and results as plain, labelled HTML. The
 * only script on the site; content pages have none. Pure logic lives in src/lib.
 */
import { formatDate } from '../lib/dates.ts';
import { SEARCH_FILTERS, SEARCH_TYPE_LABELS } from '../lib/search-meta.ts';
import { readShardsManifest, SHARDS_MANIFEST } from '../lib/search-shards.ts';
import { describeResults, excerptAddsContext, excerptIsRoleList, hasCriteria, readSearchState, toPagefindOptions, writeSearchState, type SearchState } from '../lib/search-query.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's sections (headings with an id) that hold the words found. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: object): Promise<void>;
  mergeIndex(indexPath: string, options: object): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: object): Promise<SearchResponse | null>;
}

const PAGE_SIZE = 10;

/** The parts after the first of the index in `bundleDir`; none when it is in one part or names none this code writes. */
async function shardsOf(bundleDir: string): Promise<string[]> {
  try {
    const response = await fetch(`${bundleDir}${SHARDS_MANIFEST}`);
    return response.ok ? readShardsManifest(await response.json()) : [];
  } catch {
    return [];
  }
}
const TYPING_PAUSE_MS = 250;
const TYPE_ORDER: string[] = Object.values(SEARCH_TYPE_LABELS);

/** Filter values in a reader's order: types as the site lists them, newest year first, else A–Z. */
function orderValues(key: string, values: string[]): string[] {
  if (key === 'type') return [...values].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  if (key === 'year') return [...values].sort().reverse();
  return [...values].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One collapsible, labelled group of checkboxes per filter, built from the index's own values. */
function renderFilters(box: HTMLElement, counts: FilterCounts, chosen: SearchState['filters']): void {
  box.replaceChildren();
  for (const { key, label } of SEARCH_FILTERS) {
    const values = orderValues(key, Object.keys(counts[key] ?? {}));
    if (values.length === 0) continue;
    const selected = chosen[key] ?? [];
    const fieldset = element('fieldset', { className: 'search-filter-options' }, element('legend', { className: 'visually-hidden' }, label));
    values.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const input = element('input', { type: 'checkbox', id, name: key, value, checked: selected.includes(value) });
      const count = element('span', { className: 'search-filter-count' });
      count.dataset.filterCount = `${key}\u0000${value}`;
      fieldset.append(element('div', { className: 'checkbox' }, input, element('label', { htmlFor: id }, `${value} `, count)));
    });
    const summary = element('summary', {}, label, element('span', { className: 'search-filter-chosen' }));
    const details = element('details', { className: 'search-filter', open: selected.length > 0 }, summary, fieldset);
    details.dataset.filter = key;
    box.append(details);
  }
}

/**
 * Shows, beside each value, how many results choosing it would give; hides values that would
 * give none (unless chosen) and groups left empty; marks how many are chosen, in each group and
 * on the Filters toggle. Returns the number chosen.
 */
function updateCounts(box: HTMLElement, counts: FilterCounts): number {
  for (const span of box.querySelectorAll<HTMLElement>('[data-filter-count]')) {
    const [key = '', value = ''] = (span.dataset.filterCount ?? '').split('\u0000');
    const count = counts[key]?.[value] ?? 0;
    span.textContent = `(${count})`;
    const row = span.closest<HTMLElement>('.checkbox')!;
    row.hidden = count === 0 && !row.querySelector<HTMLInputElement>('input')!.checked;
  }
  let chosen = 0;
  for (const details of box.querySelectorAll<HTMLDetailsElement>('details[data-filter]')) {
    const n = details.querySelectorAll('input:checked').length;
    chosen += n;
    details.querySelector('.search-filter-chosen')!.textContent = n ? ` (${n} chosen)` : '';
    details.hidden = !details.querySelector('.checkbox:not([hidden])');
  }
  return chosen;
}

/** "In the report": the sub-result of a review whose words were found in its documents. */
function reportMatch(data: ResultData): { url: string; excerpt: string } | undefined {
  return data.sub_results?.find((sub) => sub.url.endsWith('#documents') && sub.excerpt.includes('<mark>'));
}

/** A neighbour partnership whose search index can be merged in (content/network.yaml). */
interface Neighbour {
  name: string;
  /** Its site's address, ending in / once read. */
  url: string;
}

/** The partnership a result belongs to when it is not this site's: its URL is on the neighbour's site. */
const partnershipOf = (url: string, neighbours: readonly Neighbour[]) => neighbours.find((n) => url.startsWith(n.url))?.name;

function resultItem(data: ResultData, q: string, neighbours: readonly Neighbour[]): HTMLLIElement {
  const { title = data.url, type, date, summary } = data.meta;
  const meta = element('p', { className: 'meta' }, type ?? '');
  const partnership = partnershipOf(data.url, neighbours);
  if (partnership) meta.prepend(element('span', { className: 'neighbour-name' }, partnership), ' · ');
  if (date) meta.append(' · ', element('time', { dateTime: date }, formatDate(date)));
  const item = element('li', {}, element('h3', {}, element('a', { href: data.url }, title)), meta);
  if (summary) item.append(element('p', {}, summary));
  const report = reportMatch(data);
  if (report) {
    // pagefind escapes the page text and adds only <mark> around the words found.
    const excerpt = element('p', { className: 'search-excerpt' });
    excerpt.innerHTML = `…${report.excerpt}…`;
    item.append(element('div', { className: 'search-sub-result' }, element('p', {}, element('a', { href: report.url }, 'Found in the report'), ':'), excerpt));
  } else if (data.excerpt && excerptAddsContext(title, summary ?? '', q) && !excerptIsRoleList(data.excerpt, data.meta.roles ?? '')) {
    // pagefind escapes the page text and adds only <mark> around the words found.
    const excerpt = element('p', { className: 'search-excerpt' });
    excerpt.innerHTML = `…${data.excerpt}…`;
    item.append(excerpt);
  }
  return item;
}

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
  const form = part<HTMLFormElement>('form');
  const refine = part<HTMLFormElement>('refine');
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = refine.elements.namedItem('sort') as HTMLSelectElement;
  const [filterBox, fallback, output, status, list, more, refineBox, active, clear] = ['filters', 'fallback', 'output', 'status', 'results', 'more', 'refine-box', 'active', 'clear'].map((n) => part(n));
  /** Counts the chosen filters onto the toggle and shows "Clear filters" while any are chosen. */
  const showCounts = (counts: FilterCounts) => {
    const chosen = updateCounts(filterBox!, counts);
    active!.textContent = chosen ? ` (${chosen} active)` : '';
    clear!.hidden = chosen === 0;
  };
  // The words come from the search form, the filters and sort from the refine form beside the results.
  const currentState = () => readSearchState(new URLSearchParams([...new FormData(form), ...new FormData(refine)] as [string, string][]));

  const neighbours = (JSON.parse(root.dataset.neighbours ?? '[]') as Neighbour[]).map((n) => ({ ...n, url: n.url.replace(/\/?$/, '/') }));
  const others = part<HTMLElement>('others') as HTMLElement | null;
  // With neighbours, this site's own pages carry its name as a filter, so a search can keep
  // to them after the neighbours' indexes are merged in.
  const ownScope = neighbours.length ? { partnership: root.dataset.partnership ?? '' } : {};

  let pagefind: Pagefind;
  let ownTotals: FilterCounts;
  let allTotals: FilterCounts | undefined;
  try {
    const own = { baseUrl: root.dataset.base, excerptLength: 24, ...(neighbours.length ? { mergeFilter: ownScope } : {}) };
    const bundleDir = new URL('./', new URL(root.dataset.bundle!, location.href)).href;
    const [module, shards] = await Promise.all([import(/* @vite-ignore */ root.dataset.bundle!) as Promise<Pagefind>, shardsOf(bundleDir)]);
    pagefind = module;
    await pagefind.options(own);
    // A large site's index comes in parts (src/lib/search-shards.ts); all of them are this site's.
    for (const shard of shards) await pagefind.mergeIndex(`${bundleDir}${shard}`, own);
    ownTotals = await pagefind.filters();
  } catch (error) {
    console.error('The search index did not load', error);
    return; // the static message about browsing the listings stays in view
  }

  /** Merges the neighbours' indexes once, the first time a search includes them; returns those that could not be read. */
  let merged: Promise<string[]> | undefined;
  const mergeNeighbours = () =>
    (merged ??= Promise.all(
      neighbours.map((n) =>
        // An index that cannot be read would fail every later search once merged, so each
        // is tried first and merged only when it answers.
        fetch(`${n.url}pagefind/pagefind-entry.json`)
          .then(async (response) => {
            if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
            const theirs = { baseUrl: n.url, excerptLength: 24, mergeFilter: { partnership: n.name } };
            const shards = await shardsOf(`${n.url}pagefind/`);
            await pagefind.mergeIndex(`${n.url}pagefind/`, theirs);
            for (const shard of shards) await pagefind.mergeIndex(`${n.url}pagefind/${shard}`, theirs);
          })
          .then(() => undefined)
          .catch((error: unknown) => {
            console.error(`The search index of ${n.name} did not load`, error);
            return n.name;
          }),
      ),
    ).then(async (failed) => {
      allTotals = await pagefind.filters();
      return failed.filter((name): name is string => name !== undefined);
    }));
  let unreachable: string[] = [];

  const initial = readSearchState(new URLSearchParams(location.search));
  if (others) {
    (others.querySelector('input') as HTMLInputElement).checked = initial.others === true;
    others.hidden = false;
  }
  input.value = initial.q;
  sort.value = initial.sort === 'date' ? 'date' : '';
  renderFilters(filterBox!, ownTotals, initial.filters);
  showCounts(ownTotals);
  fallback!.hidden = true;
  refineBox!.hidden = false;
  output!.hidden = false;

  /**
   * pagefind counts each value as if added to every current choice (AND). Values of one filter
   * are alternatives here, so a filter with choices is counted against the other filters only.
   */
  const facetCounts = async (state: SearchState, chosen: Record<string, object>, counts: FilterCounts): Promise<FilterCounts> => {
    const result = { ...counts };
    for (const key of Object.keys(chosen)) {
      const { [key]: _mine, ...rest } = chosen;
      if (!state.q && Object.keys(rest).length === 0) {
        result[key] = totalsFor(state)[key] ?? {};
        continue;
      }
      const without = await pagefind.search(state.q || null, { filters: { ...rest, ...scopeOf(state) } });
      if (without) result[key] = without.filters[key] ?? {};
    }
    return result;
  };

  /** Only this site's pages unless the search includes the other partnerships. */
  const scopeOf = (state: SearchState) => (state.others ? {} : ownScope);
  const totalsFor = (state: SearchState) => (state.others && allTotals ? allTotals : ownTotals);

  let latest = 0;
  let pending: SearchResponse['results'] = [];
  let words = '';

  const showMore = async (moveFocus: boolean) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((r) => r.data()))).map((data) => resultItem(data, words, neighbours));
    list!.append(...items);
    more!.hidden = pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  };

  const run = async () => {
    const state = currentState();
    const query = writeSearchState(state);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    const mine = ++latest;
    if (!hasCriteria(state)) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = '';
      showCounts(totalsFor(state));
      return;
    }
    if (state.others) unreachable = await mergeNeighbours();
    if (mine !== latest) return;
    const options = toPagefindOptions(state);
    const response = await pagefind.search(state.q || null, { ...options, filters: { ...options.filters, ...scopeOf(state) } });
    if (!response || mine !== latest) return; // a newer search has started
    const counts = await facetCounts(state, options.filters, response.filters);
    if (mine !== latest) return;
    pending = response.results;
    words = state.q;
    list!.replaceChildren();
    await showMore(false);
    if (mine !== latest) return;
    showCounts(counts);
    const missing = state.others && unreachable.length ? ` (${unreachable.join(', ')} could not be searched just now)` : '';
    status!.textContent = `${describeResults(response.results.length, state)}${missing}`;
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  refine.addEventListener('change', () => void run());
  others?.addEventListener('change', () => void run());
  refine.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run();
  });
  more!.addEventListener('click', () => void showMore(true));
  clear!.addEventListener('click', () => {
    for (const box of filterBox!.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    input.focus();
    void run();
  });
  await run();
}
