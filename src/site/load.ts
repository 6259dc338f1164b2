/**
 * The one door to content for pages. Pages never call getCollection themselves: they call
 * loadSite(), which reads each collection once and builds the cross-reference indexes once
 * per build. The collections hold what the content loader stored from the one pipeline: the
 * public set in a production build; in the dev server's preview every valid entry, each with
 * the state the pipeline gave it (shown as a banner). Nothing here decides publication.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, type CollectionDescriptor, type CollectionName } from '../collections.ts';
import { startPhase } from '../build/progress.ts';
import { pageCacheKey } from '../lib/cache-key.ts';
import { buildCrossIndex, type CrossIndex } from '../lib/cross-index.ts';
import { resolveBuildDate, type PublicationState } from '../lib/rules/publication.ts';
import { reviewSectors } from '../lib/rules/sectors.ts';
import type { Agency, Partnership, Sector, Theme } from '../schemas/index.ts';

export type ReviewEntry = CollectionEntry<'reviews'>;
export type BriefingEntry = CollectionEntry<'briefings'>;
export type CourseEntry = CollectionEntry<'courses'>;
export type PriorityEntry = CollectionEntry<'priorities'>;
export type NewsletterEntry = CollectionEntry<'newsletters'>;
export type PageEntry = CollectionEntry<'pages'>;
export type AnyEntry = ReviewEntry | BriefingEntry | CourseEntry | PriorityEntry | NewsletterEntry | PageEntry;

/** An entry the public cannot see yet, for the dev server's /preview/ list. */
export interface UnpublishedEntry {
  collection: AnyEntry['collection'];
  slug: string;
  title: string;
  state: 'draft' | 'embargoed';
  /** The go-live date, when it has one. */
  published?: string;
}

export interface Site {
  buildDate: string;
  /** True in the dev server: unpublished entries are included and bannered. */
  preview: boolean;
  partnership: Partnership;
  themes: Theme[];
  agencies: Agency[];
  sectors: Sector[];
  theme(id: string): Theme | undefined;
  agency(id: string): Agency | undefined;
  sector(id: string): Sector | undefined;
  /** The sectors whose role pathways list a review: its `sectors`, or its agencies' sectors. */
  reviewSectors(review: { agencies: string[]; sectors?: string[] }): string[];
  /** Newest first. */
  reviews: ReviewEntry[];
  briefings: BriefingEntry[];
  /** By level (foundation, core, specialist), then title. */
  courses: CourseEntry[];
  /** Current first, then by `order`. */
  priorities: PriorityEntry[];
  newsletters: NewsletterEntry[];
  pages: PageEntry[];
  /** The entry's state on the build date, as the content pipeline tagged it. */
  stateOf(entry: Stated): PublicationState;
  /** Drafts and embargoed entries, soonest go-live first; always empty outside the dev server. */
  unpublished: UnpublishedEntry[];
  /**
   * A hash of what every page's layout shows (partnership, data files, the pages menu).
   * Part of each page's incremental-build cache key, so a change to any of them
   * re-renders every page.
   */
  layoutKey: string;
  /**
   * The incremental-build cache key of an entry's page: the entry, the layout, and the route
   * data the page shows besides them. Pages call it through entryRoute (src/site/route-data.ts),
   * which derives `related` from the props the template reads.
   */
  cacheKey(entry: { digest?: string | number; id: string }, ...related: unknown[]): string;
  index: CrossIndex<ReviewEntry['data'], BriefingEntry['data'], CourseEntry['data'], PriorityEntry['data']>;
}

/** An entry as the loader stored it: its state is recorded beside its rendered body. */
type Stated = { rendered?: { metadata?: Record<string, unknown> } };
const stateOf = (entry: Stated): PublicationState => {
  const state = entry.rendered?.metadata?.state;
  // An entry stored without a state came from somewhere other than the pipeline: never public.
  return state === 'public' || state === 'draft' || state === 'embargoed' ? state : 'draft';
};

const LEVEL_ORDER: Record<string, number> = { foundation: 0, core: 1, specialist: 2 };
type Sortable = { data: { title: string; published?: string; level?: string; status?: string; order?: number } };
/** The list orders the collection registry names (src/collections.ts). */
const ORDERS: Record<CollectionDescriptor['sort'], (a: Sortable, b: Sortable) => number> = {
  newest: (a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? ''),
  level: (a, b) => LEVEL_ORDER[a.data.level ?? '']! - LEVEL_ORDER[b.data.level ?? '']! || a.data.title.localeCompare(b.data.title),
  'current-then-order': (a, b) => (a.data.status ?? '').localeCompare(b.data.status ?? '') || (a.data.order ?? 0) - (b.data.order ?? 0),
  order: (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.title.localeCompare(b.data.title),
};
const sorted = <T extends Sortable>(name: CollectionName, entries: T[]): T[] => entries.sort(ORDERS[COLLECTIONS[name].sort]);

async function build(): Promise<Site> {
  // Reported once per build ("content loaded n entries"): the build test holds it to once.
  const phase = __CASCADE_PREVIEW__ ? undefined : startPhase('content loaded', { unit: 'entries' });
  const buildDate = resolveBuildDate(process.env);
  const preview = __CASCADE_PREVIEW__;
  // A production build's collections hold the public set only; this keeps it so.
  const visible = <T extends Stated>(entries: T[]): T[] => (preview ? entries : entries.filter((e) => stateOf(e) === 'public'));

  const [partnership, themes, agencies, sectors, reviews, briefings, courses, priorities, newsletters, pages] = await Promise.all([
    getCollection('partnership'),
    getCollection('themes'),
    getCollection('agencies'),
    getCollection('sectors'),
    getCollection('reviews'),
    getCollection('briefings'),
    getCollection('courses'),
    getCollection('priorities'),
    getCollection('newsletters'),
    getCollection('pages'),
  ]);
  const themeList = themes.map((t) => t.data);
  const agencyList = agencies.map((a) => a.data).sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
  const sectorList = sectors.map((s) => s.data);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const themeById = byId(themeList);
  const agencyById = byId(agencyList);
  const sectorById = byId(sectorList);
  const sectorOfAgency = new Map(agencyList.map((a) => [a.id, a.sector]));

  const site = {
    reviews: sorted('reviews', visible(reviews)),
    briefings: sorted('briefings', visible(briefings)),
    courses: sorted('courses', visible(courses)),
    priorities: sorted('priorities', visible(priorities)),
    newsletters: sorted('newsletters', visible(newsletters)),
    pages: sorted('pages', visible(pages)),
  };
  const partnershipData = partnership[0]?.data;
  const layoutKey = pageCacheKey(partnershipData, themeList, agencyList, sectorList, site.pages.map((p) => [p.id, p.data.title, p.data.order]), preview);
  if (!partnershipData) throw new Error('content/partnership.yaml is missing or empty. Create it with the partnership’s name, short name, area, site address and contact.');
  const index = buildCrossIndex({ ...site, agencies: agencyList });
  phase?.end({ done: Object.values(site).reduce((sum, list) => sum + list.length, 0) });

  return {
    buildDate,
    preview,
    partnership: partnershipData,
    themes: themeList,
    agencies: agencyList,
    sectors: sectorList,
    theme: (id) => themeById.get(id),
    agency: (id) => agencyById.get(id),
    sector: (id) => sectorById.get(id),
    reviewSectors: (review) => reviewSectors(review, sectorOfAgency),
    ...site,
    stateOf,
    unpublished: preview ? listUnpublished(site) : [],
    layoutKey,
    cacheKey: (entry, ...related) => pageCacheKey(layoutKey, entry.id, entry.digest, related),
    index,
  };
}

function listUnpublished(collections: Record<string, AnyEntry[]>): UnpublishedEntry[] {
  const list = Object.values(collections).flatMap((entries) =>
    entries.flatMap((entry) => {
      const state = stateOf(entry);
      if (state === 'public') return [];
      const data = entry.data as { title: string; published?: string };
      return [{ collection: entry.collection, slug: entry.id, title: data.title, state, published: data.published }];
    }),
  );
  return list.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.title.localeCompare(b.title));
}

let cached: Promise<Site> | undefined;

/**
 * The site's public content and indexes, computed once per build. The dev server rebuilds
 * it on every request so edits show at once.
 */
export function loadSite(): Promise<Site> {
  if (__CASCADE_PREVIEW__) return build();
  return (cached ??= build());
}
