/**
 * What crosses from a neighbour partnership: from its validated open data, only the few
 * fields a theme page shows (title, summary, date, kind, report status, national themes),
 * as plain text, with links kept only when they point at the neighbour's own site.
 * Everything here is data, never HTML: components print it through Astro's escaping.
 */
import type { OpenBriefing, OpenReview } from '../../schemas/open-data.ts';
import { BRIEFING_FORMAT_LABELS, REVIEW_KIND_LABELS, labelOf } from '../labels.ts';
import { isNeighbourLink } from './address.ts';
import { nationalKeys } from './national.ts';

export interface NeighbourEntry {
  /** The partnership's name as this site's network.yaml gives it (not the neighbour's own text). */
  partnership: string;
  collection: 'reviews' | 'briefings';
  title: string;
  summary: string;
  /** The entry's page on the neighbour's site. */
  url: string;
  published: string;
  /** "Rapid review", "7-minute briefing"… */
  type: string;
  /** For reviews whose report was taken down: the page says so and links nowhere else. */
  withdrawn: boolean;
  /** Its themes in the national vocabularies (see national.ts). */
  national: string[];
}

interface Published {
  reviews: { items: OpenReview[] };
  briefings: { items: OpenBriefing[] };
}

/**
 * The entries a neighbour published, ready to show: links off its own site are dropped with
 * their entry, and anything dated after `buildDate` (which a neighbour's public data cannot
 * hold unless it is wrong) is left out, so an embargo is kept even against a faulty file.
 * @example neighbourEntries({ name: 'Eastshire SCP', url: 'https://east.example/' }, data, '2026-12-01')[0].partnership // 'Eastshire SCP'
 */
export function neighbourEntries(neighbour: { name: string; url: string }, data: Published, buildDate: string): NeighbourEntry[] {
  // Not this site's publication rule (the neighbour's own build applied its rule): a guard
  // against a neighbour's file that holds what no public file can.
  const keep = (item: { url: string; published: string }) => isNeighbourLink(item.url, neighbour.url) && !(item.published > buildDate);
  const common = (item: OpenReview | OpenBriefing) => ({
    partnership: neighbour.name,
    title: item.title,
    summary: item.summary,
    url: item.url,
    published: item.published,
    national: [...new Set(item.themes.flatMap(nationalKeys))],
  });
  const reviews = data.reviews.items.filter(keep).map((r): NeighbourEntry => ({ ...common(r), collection: 'reviews', type: labelOf(REVIEW_KIND_LABELS, r.kind), withdrawn: r.report === 'withdrawn' }));
  const briefings = data.briefings.items.filter(keep).map((b): NeighbourEntry => ({ ...common(b), collection: 'briefings', type: labelOf(BRIEFING_FORMAT_LABELS, b.format), withdrawn: false }));
  return [...reviews, ...briefings];
}

/** How many of the newest matches a page shows. */
export const NEIGHBOUR_CAP = 6;

/**
 * The neighbours' entries that share a national theme with `keys`, newest first: the first
 * `cap` to show and how many there are in all.
 * @example entriesOnThemes(entries, ['panel:neglect']).count
 */
export function entriesOnThemes(entries: readonly NeighbourEntry[], keys: readonly string[], cap = NEIGHBOUR_CAP): { shown: NeighbourEntry[]; count: number } {
  const wanted = new Set(keys);
  const matching = entries
    .filter((e) => e.national.some((k) => wanted.has(k)))
    .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  return { shown: matching.slice(0, cap), count: matching.length };
}
