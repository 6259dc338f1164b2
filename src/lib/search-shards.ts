/**
 * How the search index is split into parts (shards) and how the search page finds them.
 *
 * Pagefind cannot update an index, only write a new one, and at national scale writing it is
 * most of an edited build (45 s at 10,000 pages). A site with more indexed pages than
 * SEARCH_SHARD_PAGES gets several indexes, each page always in the same one (by a hash of its
 * address), so an edit re-indexes one part and the others are reused. The search page merges
 * them as it merges neighbours' indexes. Each extra part costs a first query one more word
 * chunk (about 15–25 KB), so parts are few and large: a partnership's own site, a few hundred
 * pages, keeps one index exactly as before.
 */

/** Indexed pages per part. 10,000 pages make 3 parts: 15 s of indexing after an edit instead of 45 s. */
export const SEARCH_SHARD_PAGES = 4000;

/** The file beside pagefind.js that lists the other parts, so the search page and neighbours can find them. */
export const SHARDS_MANIFEST = 'shards.json';

/** A part's folder inside the index folder; part 0 is the index folder itself. */
export const shardFolder = (shard: number): string => (shard === 0 ? '' : `shard-${shard}/`);

const SHARD_FOLDER = /^shard-[1-9]\d{0,2}\/$/;

/** How many parts an index of `pages` pages has. */
export function shardCount(pages: number, perShard: number = SEARCH_SHARD_PAGES): number {
  return Math.max(1, Math.ceil(pages / Math.max(1, perShard)));
}

/**
 * The part a page belongs to, from its site path (e.g. `reviews/child-b-2022/`): FNV-1a, so
 * it needs nothing but the address and is the same in every build while the count is.
 */
export function shardOf(sitePath: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sitePath.length; i += 1) hash = Math.imul(hash ^ sitePath.charCodeAt(i), 0x01000193) >>> 0;
  return hash % count;
}

/** The manifest's text for an index of `count` parts. */
export function shardsManifest(count: number): string {
  return JSON.stringify({ shards: Array.from({ length: count - 1 }, (_, i) => shardFolder(i + 1)) });
}

/**
 * The part folders a manifest names, keeping only names this code writes: a neighbour's
 * manifest is another site's file, so nothing else in it may become an address to load.
 */
export function readShardsManifest(json: unknown): string[] {
  const shards = (json as { shards?: unknown } | null)?.shards;
  if (!Array.isArray(shards)) return [];
  return shards.filter((s): s is string => typeof s === 'string' && SHARD_FOLDER.test(s)).slice(0, 100);
}
