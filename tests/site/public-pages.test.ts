import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../setup/files.ts';
import { LEAK_CHECK_TRACE } from '../setup/leak-fixtures.ts';
import { BUILD_DATE, EXAMPLE_CONTENT, EXAMPLE_OUT } from '../setup/paths.ts';

// Expectations come from the example content's files, the built pages from the example site.
interface Front { themes?: string[]; sources?: string[]; draft?: boolean; published?: string; kind?: string }
const CONTENT = EXAMPLE_CONTENT;
function entries(collection: string): { slug: string; data: Front }[] {
  return readdirSync(path.join(CONTENT, collection))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parse(readFileSync(path.join(CONTENT, collection, f), 'utf8').split(/^---$/m)[1]!) as Front }));
}
const isPublic = (e: { data: Front }) => !e.data.draft && (!e.data.published || String(e.data.published) <= BUILD_DATE);
const publicEntries = (collection: string) => entries(collection).filter(isPublic);
const html = (sitePath: string) => readFileSync(path.join(EXAMPLE_OUT, sitePath, 'index.html'), 'utf8');
/** Slugs linked from a page's listings of one collection (navigation and breadcrumbs excluded). */
const linked = (page: string, collection: string) => [...page.matchAll(new RegExp(`<a href="/${collection}/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]!);
const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));

const reviews = publicEntries('reviews');
const briefings = publicEntries('briefings');
const themes = parse(readFileSync(path.join(CONTENT, 'themes.yaml'), 'utf8')) as { id: string; exitThisPage?: boolean }[];

describe('reviews and briefings link to each other both ways', () => {
  const pairs = briefings.flatMap((b) => (b.data.sources ?? []).filter((r) => reviews.some((x) => x.slug === r)).map((r) => [r, b.slug] as const));

  test('the example content has briefings drawn from reviews', () => {
    expect(pairs.length).toBeGreaterThan(3);
  });

  test.each(pairs)('review %s lists briefing %s, and the briefing names the review as a source', (review, briefing) => {
    expect(linked(main(html(`reviews/${review}`)), 'briefings')).toContain(briefing);
    expect(linked(main(html(`briefings/${briefing}`)), 'reviews')).toContain(review);
  });

  test('a review with no briefing says its learning is not carried anywhere yet', () => {
    const lonely = reviews.find((r) => !pairs.some(([review]) => review === r.slug));
    if (lonely) expect(html(`reviews/${lonely.slug}`)).toContain('No briefing or course carries this review’s learning yet.');
  });
});

/**
 * The entries of one collection a theme page gathers: those it lists and, when the list is cut
 * to the newest few, those on the filter page its "See all" link leads to.
 */
function gathered(theme: string, collection: string): { shown: string[]; all: string[] } {
  const page = main(html(`themes/${theme}`));
  const shown = linked(page, collection);
  if (!page.includes(`<a href="/${collection}/theme/${theme}/">See all`)) return { shown, all: shown };
  const listing = main(html(`${collection}/theme/${theme}`));
  return { shown, all: linked(listing.slice(listing.indexOf('class="entry-list"')), collection) };
}

describe('a theme page gathers every public entry tagged with the theme', () => {
  test.each(['reviews', 'briefings', 'courses', 'priorities'])('every public entry in %s appears on the page of each of its themes', (collection) => {
    const tagged = publicEntries(collection).filter((e) => (e.data.themes ?? []).length > 0);
    expect(tagged.length).toBeGreaterThan(0);
    for (const entry of tagged) for (const theme of entry.data.themes!) expect(gathered(theme, collection).all, `${entry.slug} on themes/${theme}`).toContain(entry.slug);
  });

  test.each(themes.map((t) => t.id))('the %s page lists only entries tagged with it', (theme) => {
    for (const collection of ['reviews', 'briefings']) {
      const expected = publicEntries(collection).filter((e) => e.data.themes?.includes(theme)).map((e) => e.slug);
      const { shown, all } = gathered(theme, collection);
      expect(new Set(all)).toEqual(new Set(expected));
      // The page itself lists the newest ten at most, and all of them when there are no more.
      expect(shown).toEqual(all.slice(0, 10));
    }
  });
});

describe('filter pages', () => {
  const facetPages = listFiles(EXAMPLE_OUT).filter((f) => /^(reviews\/(kind|theme|agency|year)|briefings\/(format|audience|sector))\/[^/]+\/index\.html$/.test(f)).map((f) => path.dirname(f));

  test('there is a filter page for every facet the brief names', () => {
    for (const facet of ['reviews/kind/', 'reviews/theme/', 'reviews/agency/', 'reviews/year/', 'briefings/format/', 'briefings/audience/', 'briefings/sector/']) expect(facetPages.some((p) => p.startsWith(facet)), facet).toBe(true);
  });

  test.each(facetPages)('%s: its count equals the entries it lists and the count the listing shows for it', (facetPage) => {
    const page = main(html(facetPage));
    const collection = facetPage.split('/')[0]!;
    const total = Number(/data-listing-total="(\d+)"/.exec(page)![1]);
    const listed = linked(page.slice(page.indexOf('class="entry-list"')), collection);
    expect(listed.length).toBe(total);
    const listing = html(`${collection}`);
    const shown = new RegExp(`href="/${facetPage}/"[^>]*data-facet-count="(\\d+)"`).exec(listing);
    expect(Number(shown?.[1])).toBe(total);
  });

  test('the review year filter counts every public review once, and nothing unpublished', () => {
    const listing = html('reviews');
    const years = [...listing.matchAll(/href="\/reviews\/year\/\d{4}\/"[^>]*data-facet-count="(\d+)"/g)].map((m) => Number(m[1]));
    expect(years.reduce((a, b) => a + b, 0)).toBe(reviews.length);
    expect(Number(/data-listing-total="(\d+)"/.exec(listing)![1])).toBe(reviews.length);
  });

  test('a kind with only unpublished reviews has no filter page', () => {
    const kinds = new Set(reviews.map((r) => r.data.kind));
    const onlyUnpublished = entries('reviews').filter((r) => !isPublic(r) && !kinds.has(r.data.kind));
    for (const r of onlyUnpublished) expect(existsSync(path.join(EXAMPLE_OUT, 'reviews/kind', r.data.kind!)), r.data.kind).toBe(false);
  });
});

describe('nothing unpublished appears on the public pages', () => {
  const pages = listFiles(EXAMPLE_OUT).filter((f) => /^(reviews|briefings|themes|pathways)\//.test(f) && f.endsWith('.html'));

  test('no filter, theme, pathway or text-only page links to or names an unpublished entry', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const file of pages) {
      const text = readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
      expect(text, file).not.toMatch(LEAK_CHECK_TRACE);
    }
  });
});

describe('scripts on content pages', () => {
  const flagged = new Set(themes.filter((t) => t.exitThisPage).map((t) => t.id));
  const scriptsOf = (page: string) => [...page.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !attrs.includes('application/ld+json'));
  // A briefing's own page (not its text-only version) also has its Print button's script.
  const cases = [
    ...reviews.map((e) => ({ path: `reviews/${e.slug}`, themes: e.data.themes ?? [], print: false })),
    ...briefings.flatMap((e) => [{ path: `briefings/${e.slug}`, themes: e.data.themes ?? [], print: true }, { path: `briefings/${e.slug}/text`, themes: e.data.themes ?? [], print: false }]),
    ...themes.map((t) => ({ path: `themes/${t.id}`, themes: [t.id], print: false })),
    ...['courses', 'priorities'].flatMap((c) => publicEntries(c).map((e) => ({ path: `${c}/${e.slug}`, themes: e.data.themes ?? [], print: false }))),
  ];

  test.each(cases)('$path has Exit this page exactly when it is about a flagged theme, and no script but it and a briefing\'s Print button', ({ path: sitePath, themes: ids, print }) => {
    const sources = scriptsOf(html(sitePath)).map((s) => /src="([^"]+)"/.exec(s)?.[1]);
    const expected = [...(ids.some((id) => flagged.has(id)) ? ['/scripts/exit-this-page.js'] : []), ...(print ? ['/scripts/print.js'] : [])];
    expect(sources).toEqual(expected);
  });

  test('JSON-LD on reviews and briefings is valid JSON of the right schema.org type', () => {
    const ld = (page: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    expect(ld(html(`reviews/${reviews[0]!.slug}`))['@type']).toBe('Report');
    expect(ld(html(`briefings/${briefings[0]!.slug}`))['@type']).toEqual(['Article', 'LearningResource']);
  });
});
