/**
 * The collection registry: one descriptor per entry collection, from which the content
 * folders, routes, labels, feeds, cards, search types and list orders are derived. Adding a
 * collection starts here; src/schemas/index.ts pairs each name with its schema, and the type
 * checker refuses a registry name without one. Plain data only, so the browser's search
 * script can read the labels without the schemas.
 */

export interface CollectionDescriptor {
  /** What one entry is called ("Review"): the web editor, search results, cards. */
  one: string;
  /** What the collection is called ("Reviews"): the web editor's list, headings. */
  many: string;
  /** The title of its Atom feed, or null when it has none. */
  feed: string | null;
  /** Whether each entry gets a social card image (`/cards/<collection>/<slug>.png`). */
  card: boolean;
  /** How its lists are ordered. */
  sort: 'newest' | 'level' | 'current-then-order' | 'order';
}

/** In the order the site lists collections: reviews first, pages last. */
export const COLLECTIONS = {
  reviews: { one: 'Review', many: 'Reviews', feed: 'Reviews', card: true, sort: 'newest' },
  briefings: { one: 'Briefing', many: 'Briefings', feed: 'Learning briefings', card: true, sort: 'newest' },
  courses: { one: 'Course', many: 'Courses', feed: 'Training courses', card: false, sort: 'level' },
  priorities: { one: 'Priority', many: 'Priorities', feed: null, card: false, sort: 'current-then-order' },
  newsletters: { one: 'Newsletter', many: 'Newsletters', feed: 'Newsletters', card: false, sort: 'newest' },
  pages: { one: 'Page', many: 'Pages', feed: null, card: false, sort: 'order' },
} as const satisfies Record<string, CollectionDescriptor>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every entry collection's name, in registry order; each is a folder `content/<name>/` and a route `/<name>/<slug>/`. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

type WithFeed = { [K in CollectionName]: (typeof COLLECTIONS)[K]['feed'] extends string ? K : never }[CollectionName];
type WithCard = { [K in CollectionName]: (typeof COLLECTIONS)[K]['card'] extends true ? K : never }[CollectionName];

/** The collections with an Atom feed. */
export const FEED_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].feed !== null) as WithFeed[];

/** The collections whose entries get a social card. */
export const CARD_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].card) as WithCard[];
