/**
 * The home page's "what is new": the latest public entries of several kinds in one list,
 * newest first, so a reader sees at a glance what changed.
 */

export interface NewItem<K extends string = string> {
  kind: K;
  id: string;
  title: string;
  summary: string;
  published: string;
}

/**
 * Merges lists of entries, newest first; on the same day, in the order the kinds are given.
 * @example latestAcross({ reviews: [r], briefings: [b] }, 6) // [{ kind: 'briefings', id: 'b', … }, { kind: 'reviews', … }]
 */
export function latestAcross<K extends string>(lists: Record<K, readonly { id: string; data: { title: string; summary: string; published: string } }[]>, limit: number): NewItem<K>[] {
  const kinds = Object.keys(lists) as K[];
  return kinds
    .flatMap((kind) => lists[kind].map((e) => ({ kind, id: e.id, title: e.data.title, summary: e.data.summary, published: e.data.published })))
    .sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : kinds.indexOf(a.kind) - kinds.indexOf(b.kind)))
    .slice(0, limit);
}
