/**
 * Where each kind of entry lives on the site. Every link is built here, so a base path
 * (a site served from /cascade/) is applied in one place.
 */

export type LinkedCollection = 'reviews' | 'briefings' | 'courses' | 'priorities' | 'newsletters' | 'pages' | 'themes' | 'sectors' | 'agencies';

/**
 * Joins the site's base path and a path inside the site, always ending in a slash for pages.
 * @example withBase('/cascade/', 'reviews/child-q/') // '/cascade/reviews/child-q/'
 */
export function withBase(base: string, sitePath: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${sitePath.replace(/^\/+/, '')}`;
}

/**
 * The path of an entry's page, relative to the site root.
 * @example entryPath('reviews', 'child-q') // 'reviews/child-q/'
 */
export function entryPath(collection: LinkedCollection, slug: string): string {
  return `${collection}/${slug}/`;
}

/** The page on how to report a concern about a child, linked from every page's header. */
export const WORRIED_PATH = 'worried-about-a-child/';
