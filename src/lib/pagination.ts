/** Entries per listing page: a page stays small however many reviews a repository holds. */
export const PAGE_SIZE = 50;
