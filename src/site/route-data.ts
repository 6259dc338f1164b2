/**
 * An entry page's static path with its route data, in the manner of Starlight's route data:
 * getStaticPaths computes once what the page shows besides its own entry and the layout
 * (related entries, document facts, the build date its states are judged at), the template
 * reads that from its props, and the incremental-build cache key is derived from exactly that
 * data, so it cannot miss an input the page shows. A related entry counts by its fields: a
 * page shows its title, summary and dates, never its body, so a related body edit keeps the key.
 */
import type { Site } from './load.ts';

type RelatedEntry = { id: string; collection: string; data: unknown };
const isEntry = (value: unknown): value is RelatedEntry => typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

/** The part of the route data a cache key needs: entries by collection, id and fields. */
function keyPart(value: unknown): unknown {
  if (isEntry(value)) return [value.collection, value.id, value.data];
  if (Array.isArray(value)) return value.map(keyPart);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keyPart(v)]));
  return value;
}

/**
 * The path of one entry's page: its slug, its props (the entry and its route data) and a
 * cache key derived from both (and the layout, through site.cacheKey).
 * @example entryRoute(site, entry, { briefings: site.index.briefingsFromReview(entry.id), buildDate: site.buildDate })
 */
export function entryRoute<E extends { id: string; digest?: string | number }, D extends object>(site: Site, entry: E, data: D): { params: { slug: string }; props: { entry: E } & D; cacheKey: string } {
  return { params: { slug: entry.id }, props: { entry, ...data }, cacheKey: site.cacheKey(entry, keyPart(data)) };
}
