/**
 * Which files from public/ the site publishes on a build date: the documents of the reviews
 * that show them (documentsOnline), the films, captions and posters of public briefings, and the files that public entries' bodies link to or show
 * (`[report](/reports/x.pdf)`, `![…](/images/x.png)`, `<img src="/images/x.png">`). Nothing
 * else in public/ reaches the output. A withdrawn or unpublished review's documents stay out
 * even when a body links to them: the body's link then fails the output's link check,
 * which names the page, instead of the report going back online.
 */
import { localDocumentPath } from '../checks/document-path.ts';
import type { PublicationState } from './publication.ts';
import { documentsOnline, type ReviewFiles } from './retention.ts';

// Code is text on the page, not a link: fenced blocks and inline code spans are left out.
const FENCED = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\2[`~]*[ \t]*(?=\n|$)|$)/gm;
const INLINE_CODE = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
const LINK_DESTINATIONS = [
  /\]\(\s*<?(\/[^\s)>]*)/g, // [text](/x) and ![alt](/x)
  /^ {0,3}\[[^\]\n]+\]:\s*<?(\/[^\s>]+)/gm, // [ref]: /x
  /\b(?:href|src)\s*=\s*["']?(\/[^"'\s>]+)/gi, // <a href="/x">, <img src="/x">
];

/**
 * The paths on this site a body links to or shows, as written (absolute addresses left out).
 * @example bodyLinks('See [the report](/reports/a.pdf#page=2) and `[not](/reports/b.pdf)`.') // ['/reports/a.pdf#page=2']
 */
export function bodyLinks(body: string): string[] {
  const text = body.replace(FENCED, '').replace(INLINE_CODE, '');
  const found = LINK_DESTINATIONS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1]!));
  return [...new Set(found.filter((link) => !link.startsWith('//')))];
}

export interface PublishableEntry {
  collection: string;
  data: Partial<ReviewFiles>;
  body: string;
  /** Its state on the build date, from the content pipeline. */
  state: PublicationState;
}

/**
 * The files in public/ (as paths inside it) that the site publishes on a build date: the
 * documents, which must exist, and the other files bodies link to, published when they exist
 * (a body's link to a page of the site is no file in public/).
 * @example filesToPublish([{ collection: 'pages', data: {}, body: '![Map](/images/map.png)' }], '2026-11-22') // { documents: [], linked: ['images/map.png'] }
 */
export function filesToPublish(entries: readonly PublishableEntry[], buildDate: string, base = '/'): { documents: string[]; linked: string[] } {
  // A body's links carry the site's base path (/cascade/images/x.png); public/ does not.
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const inSite = (link: string) => (prefix !== '/' && link.startsWith(prefix) ? `/${link.slice(prefix.length)}` : link);
  const live = entries.filter((e) => e.state === 'public');
  const reviews = entries.filter((e) => e.collection === 'reviews').map((e) => e.data as ReviewFiles);
  const documents = documentsOnline(live.filter((e) => e.collection === 'reviews').map((e) => e.data as ReviewFiles), buildDate);
  const shown = new Set(documents);
  const heldBack = new Set(reviews.flatMap((r) => (r.documents ?? []).map((d) => localDocumentPath(d.href))).filter((p): p is string => p !== undefined && !shown.has(p)));
  // A public film or recording's files: the player, its captions and its poster.
  const media = live
    .flatMap((e) => Object.values((e.data as { media?: Record<string, unknown> }).media ?? {}))
    .flatMap((href) => (typeof href === 'string' ? [localDocumentPath(inSite(href))] : []))
    .filter((p): p is string => p !== undefined && !shown.has(p));
  for (const file of media) shown.add(file);
  const linked = live
    .flatMap((e) => bodyLinks(e.body).map((link) => localDocumentPath(inSite(link))))
    .filter((p): p is string => p !== undefined && !heldBack.has(p) && !shown.has(p));
  return { documents: [...documents, ...new Set(media)], linked: [...new Set(linked)].sort() };
}
