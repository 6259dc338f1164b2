/** Entries per listing page: a page stays small however many reviews a repository holds. */
export const PAGE_SIZE = 50;

/**
 * Entries of one kind shown on a page that gathers them (a theme, a priority, an agency), the
 * newest first; a "See all" link leads to the paginated listing with the rest. Keeps such
 * pages the same size at 100 entries or 10,000.
 */
export const LIST_CAP = 10;
