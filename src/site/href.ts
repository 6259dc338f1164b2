import { entryPath, withBase, type LinkedCollection } from '../lib/urls.ts';

/** A root-relative link inside the site, with the configured base path. */
export const href = (sitePath = ''): string => withBase(import.meta.env.BASE_URL, sitePath);

/** The link to an entry's page. */
export const entryHref = (collection: LinkedCollection, slug: string): string => href(entryPath(collection, slug));


/**
 * The full address of a link made with href() or entryHref(), for what is read away from the
 * site (calendars, JSON-LD). The site address is partnership.yaml's `siteUrl`.
 */
export const absoluteUrl = (siteUrl: string, link: string): string => new URL(link, siteUrl).href;

/** A full address on the public site, for feeds, emails, the sitemap and open data. */
export const absoluteHref = (siteUrl: string, sitePath = ''): string => absoluteUrl(siteUrl, href(sitePath));
