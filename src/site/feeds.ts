/**
 * What each Atom feed lists: public entries only, since they come from loadSite().
 */
import { COLLECTIONS, FEED_COLLECTIONS } from '../collections.ts';
import type { AtomEntry, AtomFeed } from '../lib/formats/atom.ts';
import { lastUpdated } from '../lib/page-history.ts';
import { entryPath } from '../lib/urls.ts';
import { absoluteHref } from './href.ts';
import type { Site } from './load.ts';

export { FEED_COLLECTIONS };
export type FeedCollection = (typeof FEED_COLLECTIONS)[number];

/** Each feed's title, from the collection registry. */
export const FEED_TITLES = Object.fromEntries(FEED_COLLECTIONS.map((name) => [name, COLLECTIONS[name].feed])) as Record<FeedCollection, string>;

type FeedSource = { id: string; data: { title: string; summary: string; published: string; themes?: string[]; updates?: { date: string }[] } };

function entriesOf(site: Site, collection: FeedCollection): AtomEntry[] {
  const list: FeedSource[] = site[collection];
  return list.map((entry) => ({
    url: absoluteHref(site.partnership.siteUrl, entryPath(collection, entry.id)),
    title: entry.data.title,
    summary: entry.data.summary,
    published: entry.data.published,
    updated: lastUpdated(entry.data, site.buildDate),
    categories: [FEED_TITLES[collection], ...(entry.data.themes ?? []).map((id) => site.theme(id)?.name ?? id)],
  }));
}

/** The feed of one collection, or of everything when no collection is given. */
export function feedOf(site: Site, collection?: FeedCollection): AtomFeed {
  const { partnership } = site;
  const abs = (path: string) => absoluteHref(partnership.siteUrl, path);
  return {
    title: collection ? `${FEED_TITLES[collection]} – ${partnership.name}` : `${partnership.name}: all learning`,
    subtitle: collection ? undefined : 'Reviews, learning briefings, courses and newsletters as they are published.',
    selfUrl: abs(collection ? `${collection}/feed.xml` : 'feed.xml'),
    pageUrl: abs(collection ? `${collection}/` : ''),
    author: { name: partnership.name, email: partnership.contact.email },
    emptyUpdated: site.buildDate,
    entries: collection ? entriesOf(site, collection) : FEED_COLLECTIONS.flatMap((c) => entriesOf(site, c)),
  };
}
