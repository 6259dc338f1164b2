/**
 * Atom feeds (RFC 4287) written as text: a feed is small and fixed in shape, so a template
 * with careful escaping serves better than an XML library.
 */

export interface AtomEntry {
  /** Absolute URL of the entry's page; also its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  published: string;
  /** YYYY-MM-DD of the latest change; the published date when there is none. */
  updated?: string;
  /** Category terms, e.g. the collection and theme names. */
  categories?: string[];
}

export interface AtomFeed {
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed file itself (rel=self). */
  selfUrl: string;
  /** Absolute URL of the page the feed follows (rel=alternate); also the feed's id. */
  pageUrl: string;
  author: { name: string; email?: string };
  /** The feed's updated date when it has no entries (YYYY-MM-DD): the build date. */
  emptyUpdated: string;
  entries: AtomEntry[];
}

/**
 * Escapes text for XML content and attribute values.
 * @example escapeXml('Tom & "Jerry" <3') // 'Tom &amp; &quot;Jerry&quot; &lt;3'
 */
export function escapeXml(text: string): string {
  // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
  return text
    // eslint-disable-next-line no-control-regex -- removing these characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A calendar date as an RFC 3339 timestamp at midnight UTC, as Atom requires.
 * @example toRfc3339('2026-03-09') // '2026-03-09T00:00:00Z'
 */
export function toRfc3339(date: string): string {
  return `${date}T00:00:00Z`;
}

const updatedOf = (e: AtomEntry) => e.updated ?? e.published;

/**
 * Entries newest first: by last update, then by publication, then by title for a stable order.
 * @example sortNewestFirst([{ published: '2025-01-01' }, { published: '2026-01-01' }] as AtomEntry[])[0].published // '2026-01-01'
 */
export function sortNewestFirst(entries: readonly AtomEntry[]): AtomEntry[] {
  return [...entries].sort((a, b) => updatedOf(b).localeCompare(updatedOf(a)) || b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/**
 * The Atom document of a feed: entries newest first, the feed's `updated` from its newest entry.
 * @example renderAtomFeed({ title: 'Reviews', selfUrl, pageUrl, author: { name: 'NSCP' }, emptyUpdated: '2026-11-22', entries: [] }).startsWith('<?xml') // true
 */
export function renderAtomFeed(feed: AtomFeed): string {
  const entries = sortNewestFirst(feed.entries);
  const updated = entries.length ? updatedOf(entries[0]!) : feed.emptyUpdated;
  const e = escapeXml;
  const author = `<author><name>${e(feed.author.name)}</name>${feed.author.email ? `<email>${e(feed.author.email)}</email>` : ''}</author>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${e(feed.pageUrl)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${toRfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  ${author}`,
    '  <generator>Cascade</generator>',
    ...entries.map((entry) =>
      [
        '  <entry>',
        `    <id>${e(entry.url)}</id>`,
        `    <title>${e(entry.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
        `    <published>${toRfc3339(entry.published)}</published>`,
        `    <updated>${toRfc3339(updatedOf(entry))}</updated>`,
        `    <summary>${e(entry.summary)}</summary>`,
        ...(entry.categories ?? []).map((term) => `    <category term="${e(term)}"/>`),
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
