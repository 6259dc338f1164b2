/**
 * What the search index knows about a page besides its text: the filters a practitioner
 * narrows results with, the metadata a result shows, and the date results sort by.
 * Values are the words people read (theme names, not ids), because the search page shows
 * them as they are.
 */
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../collections.ts';
import { yearOf } from './dates.ts';
import { AUDIENCE_LABELS, BRIEFING_FORMAT_LABELS, labelOf, REVIEW_KIND_LABELS } from './labels.ts';

/** The filters in the index, in the order the search page offers them, with their labels. */
export const SEARCH_FILTERS = [
  { key: 'type', label: 'Content type' },
  { key: 'theme', label: 'Theme' },
  { key: 'agency', label: 'Agency' },
  { key: 'year', label: 'Year' },
  { key: 'audience', label: 'Audience' },
  { key: 'kind', label: 'Kind of review' },
  { key: 'sector', label: 'Sector' },
  { key: 'format', label: 'Briefing format' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** What the `type` filter and each result call a page, by the collection it comes from. */
export type SearchableCollection = CollectionName | 'themes';
/** Entries by the registry's name for one; theme pages are searchable too, after the priorities. */
export const SEARCH_TYPE_LABELS = Object.fromEntries(
  COLLECTION_NAMES.flatMap((name) => [[name, COLLECTIONS[name].one], ...(name === 'priorities' ? [['themes', 'Theme']] : [])]),
) as Record<SearchableCollection, string>;

/** The fields of an entry (or theme) that the search record is made from; all optional but the title. */
export interface SearchableData {
  title: string;
  summary?: string;
  published?: string;
  period?: { from: string; to: string };
  themes?: string[];
  agencies?: string[];
  audiences?: string[];
  sectors?: string[];
  kind?: string;
  format?: string;
}

/** Turns ids into the names people read; an unknown id falls back to itself. */
export interface SearchNames {
  theme(id: string): string | undefined;
  agency(id: string): string | undefined;
  sector(id: string): string | undefined;
}

export interface SearchRecordMeta {
  meta: { title: string; type: string; summary?: string; date?: string };
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** Pagefind leaves a page out of sorted results when it has no sort value, so every page has one. */
  sort: { date: string };
}

/** Sorts after every real date in a newest-first list, so undated pages come last rather than vanish. */
export const UNDATED = '0000-00-00';

const names = (ids: string[] | undefined, lookup: (id: string) => string | undefined) => [...new Set((ids ?? []).map((id) => lookup(id) ?? id))];

/**
 * The filters, metadata and sort value for one page of the site.
 * @example
 * searchMetaOf('briefings', { title: 'Neglect', summary: 'Seven minutes on neglect.', published: '2025-05-01', themes: ['neglect'], audiences: ['workforce'], format: 'seven-minute' }, lookups)
 * // { meta: { title: 'Neglect', type: 'Briefing', summary: '…', date: '2025-05-01' },
 * //   filters: { type: ['Briefing'], theme: ['Neglect'], year: ['2025'], audience: ['Workforce'], format: ['7-minute briefing'] },
 * //   sort: { date: '2025-05-01' } }
 */
export function searchMetaOf(collection: SearchableCollection, data: SearchableData, lookups: SearchNames): SearchRecordMeta {
  const type = SEARCH_TYPE_LABELS[collection];
  const date = data.published ?? data.period?.from;
  const filters: SearchRecordMeta['filters'] = {
    type: [type],
    theme: collection === 'themes' ? [data.title] : names(data.themes, lookups.theme),
    agency: names(data.agencies, lookups.agency),
    year: date ? [String(yearOf(date))] : [],
    audience: (data.audiences ?? []).map((a) => labelOf(AUDIENCE_LABELS, a)),
    kind: data.kind && collection === 'reviews' ? [labelOf(REVIEW_KIND_LABELS, data.kind)] : [],
    sector: names(data.sectors, lookups.sector),
    format: data.format && collection === 'briefings' ? [labelOf(BRIEFING_FORMAT_LABELS, data.format)] : [],
  };
  for (const key of Object.keys(filters) as SearchFilterKey[]) if (filters[key]!.length === 0) delete filters[key];
  return {
    meta: { title: data.title, type, ...(data.summary ? { summary: data.summary } : {}), ...(date ? { date } : {}) },
    filters,
    sort: { date: date ?? UNDATED },
  };
}
