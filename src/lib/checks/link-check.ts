/**
 * Checks that every link inside the built site leads somewhere: the page or file exists and,
 * when the link names a fragment (`#id`), the target page has an element with that id.
 * Works on what the build wrote, so it covers every template, including ones added later.
 */
import { normaliseUrl, schemeOf } from './url-safety.ts';

/** What one output file links to and which ids it holds. */
export interface LinkSource {
  /** Links as written in the file (href, src, action, CSS url()). */
  links: string[];
  /** Ids of elements in the file (HTML only), for `#fragment` links. */
  ids: string[];
}

export interface BrokenLink {
  /** The page's address on the site, with the base path, e.g. `/reviews/child-a/`. */
  page: string;
  /** The link as written. */
  link: string;
  reason: 'missing' | 'fragment' | 'outside-base';
}

// Relative links resolve on this stand-in origin; an absolute URL on the site's own origin is
// moved onto it, so emails, feeds and open data (which link with full addresses) are checked
// like pages. Other origins are external.
const ORIGIN = 'http://cascade.invalid';

/**
 * The address a file is served at, with the base path.
 * @example addressOf('reviews/child-a/index.html', '/cascade/') // '/cascade/reviews/child-a/'
 */
export function addressOf(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Output files that could answer a request for `rel` (a path inside the site). */
function candidates(rel: string): string[] {
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}/index.html`];
}

/**
 * Every link in `sources` (keyed by output file, e.g. `reviews/a/index.html`) that does not
 * resolve to a file in `files`, or names a fragment its target page lacks. `siteOrigin` (e.g.
 * `https://learning.example`) makes full addresses on the site count as its own links.
 * @example findBrokenLinks(new Map([['index.html', { links: ['/nope/'], ids: [] }]]), new Set(['index.html']), '/')
 * // [{ page: '/', link: '/nope/', reason: 'missing' }]
 */
export function findBrokenLinks(sources: Map<string, LinkSource>, files: Set<string>, base: string, siteOrigin?: string): BrokenLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  for (const [file, { links }] of sources) {
    const page = addressOf(file, prefix);
    for (const link of new Set(links)) {
      const reason = checkLink(link, page, prefix, files, sources, siteOrigin);
      if (reason) broken.push({ page, link, reason });
    }
  }
  return broken;
}

/** Placeholders mailing tools replace when they send: *|UNSUB|*, {{unsubscribe_url}}, %unsubscribe_url%, [unsubscribe]. */
const MAIL_MERGE_TAG = /^(\*\|[A-Z0-9_:]+\|\*|\{\{\s*[\w.]+\s*\}\}|%[\w]+%|\[[\w]+\])$/i;

function checkLink(link: string, page: string, prefix: string, files: Set<string>, sources: Map<string, LinkSource>, siteOrigin?: string): BrokenLink['reason'] | undefined {
  const trimmed = normaliseUrl(link);
  const scheme = schemeOf(trimmed);
  if (trimmed === '' || (scheme !== undefined && scheme !== 'http' && scheme !== 'https')) return undefined; // mailto:, tel: (unsafe schemes are refused elsewhere)
  if (MAIL_MERGE_TAG.test(trimmed)) return undefined; // a newsletter's unsubscribe link, filled in by the mailing tool
  let url: URL;
  try {
    url = new URL(trimmed, ORIGIN + page);
  } catch {
    return 'missing';
  }
  if (siteOrigin && url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, ORIGIN);
  if (url.origin !== ORIGIN) return undefined; // another site
  const pathname = safeDecode(url.pathname);
  if (!pathname.startsWith(prefix)) return 'outside-base';
  const rel = pathname.slice(prefix.length);
  const target = candidates(rel).find((c) => files.has(c));
  if (!target) return 'missing';
  const fragment = safeDecode(url.hash.slice(1));
  if (!fragment || fragment === 'top' || !target.endsWith('.html')) return undefined;
  return sources.get(target)?.ids.includes(fragment) ? undefined : 'fragment';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * One line per broken link, in words an editor can act on.
 * @example describeBrokenLink({ page: '/a/', link: '/b/', reason: 'missing' })
 * // 'page /a/ links to /b/ which does not exist'
 */
export function describeBrokenLink({ page, link, reason }: BrokenLink): string {
  if (reason === 'fragment') {
    const [target, fragment] = link.split('#');
    return `page ${page} links to ${link} but ${target || page} has no element with id "${fragment}"`;
  }
  if (reason === 'outside-base') return `page ${page} links to ${link}, which is outside the site's base path`;
  return `page ${page} links to ${link} which does not exist`;
}
