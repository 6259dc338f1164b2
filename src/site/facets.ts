/**
 * The filters of the review and briefing listings, computed once per build from the public
 * entries (loadSite applies the publication rule, so no unpublished entry is ever counted).
 */
import { buildFacets, type LISTING_FACETS, type Facets, type FacetValue } from '../lib/facets.ts';
import { yearOf } from '../lib/dates.ts';
import { AUDIENCE_LABELS, BRIEFING_FORMAT_LABELS, labelOf, REVIEW_KIND_LABELS } from '../lib/labels.ts';
import { href } from './href.ts';
import { loadSite, type BriefingEntry, type ReviewEntry } from './load.ts';

export type ReviewFacet = (typeof LISTING_FACETS.reviews)[number];
export type BriefingFacet = (typeof LISTING_FACETS.briefings)[number];

export interface SiteFacets {
  reviews: Facets<ReviewEntry, ReviewFacet>;
  briefings: Facets<BriefingEntry, BriefingFacet>;
}

/** How each facet is named in headings and the filter panel. */
export const FACET_NAMES: Record<ReviewFacet | BriefingFacet, string> = {
  kind: 'Kind of review',
  theme: 'Theme',
  priority: 'Priority',
  agency: 'Agency',
  year: 'Year published',
  format: 'Format',
  audience: 'Audience',
  sector: 'Sector',
};

async function build(): Promise<SiteFacets> {
  const site = await loadSite();
  // Only public priorities: a draft priority's slug must not become a filter page.
  const priorityTitles = new Map(site.priorities.map((p) => [p.id, p.data.title]));
  const priority = { valuesOf: (e: { data: { priorities: string[] } }) => e.data.priorities.filter((p) => priorityTitles.has(p)), labelOf: (v: string) => priorityTitles.get(v) ?? v };
  return {
    reviews: buildFacets<ReviewEntry, ReviewFacet>(site.reviews, {
      kind: { valuesOf: (r) => [r.data.kind], labelOf: (v) => labelOf(REVIEW_KIND_LABELS, v) },
      theme: { valuesOf: (r) => r.data.themes, labelOf: (v) => site.theme(v)?.name ?? v },
      priority,
      agency: { valuesOf: (r) => r.data.agencies, labelOf: (v) => site.agency(v)?.name ?? v },
      sector: { valuesOf: (r) => site.reviewSectors(r.data), labelOf: (v) => site.sector(v)?.name ?? v },
      year: { valuesOf: (r) => [String(yearOf(r.data.published))], order: 'descending' },
    }),
    briefings: buildFacets<BriefingEntry, BriefingFacet>(site.briefings, {
      format: { valuesOf: (b) => [b.data.format], labelOf: (v) => labelOf(BRIEFING_FORMAT_LABELS, v) },
      audience: { valuesOf: (b) => b.data.audiences, labelOf: (v) => labelOf(AUDIENCE_LABELS, v) },
      theme: { valuesOf: (b) => b.data.themes, labelOf: (v) => site.theme(v)?.name ?? v },
      priority,
      sector: { valuesOf: (b) => b.data.sectors, labelOf: (v) => site.sector(v)?.name ?? v },
    }),
  };
}

let cached: Promise<SiteFacets> | undefined;

/** The listings' facets, once per build (every request in the dev server). */
export function loadFacets(): Promise<SiteFacets> {
  if (__CASCADE_PREVIEW__) return build();
  return (cached ??= build());
}

/**
 * The filter panel's groups for a listing: every value of every facet with its count and the
 * link to its static page; `current` marks the page being shown.
 */
export function filterGroups<T>(
  collection: 'reviews' | 'briefings',
  facets: Record<string, FacetValue<T>[]>,
  current?: { facet: string; value: string },
): FilterGroup[] {
  return Object.entries(facets).map(([facet, values]) => ({
    name: FACET_NAMES[facet as ReviewFacet | BriefingFacet],
    values: values.map((v) => ({
      label: v.label,
      count: v.count,
      href: href(`${collection}/${facet}/${v.value}/`),
      current: current?.facet === facet && current.value === v.value,
    })),
  }));
}

export interface FilterGroup {
  name: string;
  values: { label: string; count: number; href: string; current: boolean }[];
}
