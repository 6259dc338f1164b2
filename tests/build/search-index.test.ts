import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_FILTERS } from '../../src/lib/search-meta.ts';
import { ENTRY_COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { hashTree, listFiles } from '../setup/files.ts';
import { LEAK_CHECKS } from '../setup/leak-fixtures.ts';
import { readFragments, readIndex } from '../setup/pagefind-index.ts';
import { EXAMPLE_CONTENT, EXAMPLE_OUT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const BUNDLE = path.join(EXAMPLE_OUT, 'pagefind');
const index = readIndex(BUNDLE);
const fragments = readFragments(BUNDLE);
const indexedUrls = fragments.map((f) => f.url).sort();

/** Every built page of a content entry (and of a theme, where theme pages exist). */
function contentPageUrls(): string[] {
  const urls: string[] = [];
  for (const collection of ENTRY_COLLECTION_NAMES) {
    for (const name of readdirSync(path.join(EXAMPLE_CONTENT, collection))) {
      const url = `/${collection}/${name.replace(/\.mdx$/, '')}/`;
      if (existsSync(path.join(EXAMPLE_OUT, url, 'index.html'))) urls.push(url);
    }
  }
  const themes = parse(readFileSync(path.join(EXAMPLE_CONTENT, 'themes.yaml'), 'utf8')) as { id: string }[];
  for (const { id } of themes) if (existsSync(path.join(EXAMPLE_OUT, 'themes', id, 'index.html'))) urls.push(`/themes/${id}/`);
  return urls.sort();
}

describe('the search index', () => {
  test('holds no draft or embargoed leak-check text in any of its files, once decompressed', () => {
    expect(index.length).toBeGreaterThan(10);
    for (const { marker } of LEAK_CHECKS) {
      expect(index.filter(({ bytes }) => bytes.includes(marker)).map(({ file }) => file), marker).toEqual([]);
    }
    // The same reading does find public text, so the check above can fail.
    expect(index.some(({ bytes }) => bytes.includes('Serious case review for Child A'))).toBe(true);
  });

  test('indexes every public content page and nothing else: no listings, home, search or facet pages', () => {
    expect(indexedUrls).toEqual(contentPageUrls());
    for (const listing of ['/', '/reviews/', '/briefings/', '/courses/', '/priorities/', '/newsletters/', '/search/']) expect(indexedUrls).not.toContain(listing);
  });

  test('the text of a published report joins its review\'s own record, under the Documents heading: one result per review', () => {
    // make-example-pdfs writes a document reference into each report and nowhere else.
    const review = fragments.find((f) => f.url === '/reviews/child-b-2022/')!;
    expect(review.content).toContain('nscpchildb2022');
    expect(review.content.indexOf('nscpchildb2022')).toBeGreaterThan(review.content.indexOf('Documents'));
    expect(fragments.filter((f) => f.content.includes('nscpchildb2022')).map((f) => f.url)).toEqual(['/reviews/child-b-2022/']);
    expect(new Set(indexedUrls).size).toBe(indexedUrls.length);
  });

  test('every result carries a title, a type and a summary, and dated entries their date', () => {
    for (const fragment of fragments) {
      expect(fragment.meta.title, fragment.url).toBeTruthy();
      expect(fragment.meta.type, fragment.url).toBeTruthy();
      expect(fragment.filters.type, fragment.url).toEqual([fragment.meta.type]);
      if (!/^\/(pages|themes)\//.test(fragment.url)) {
        expect(fragment.meta.summary, fragment.url).toBeTruthy();
        expect(fragment.meta.date, fragment.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  test('offers every filter the search page knows, by the names people read', () => {
    const keys = new Set(fragments.flatMap((f) => Object.keys(f.filters)));
    expect([...keys].sort()).toEqual(SEARCH_FILTERS.map((f) => f.key).sort());
    const review = fragments.find((f) => f.url === '/reviews/child-a-2019/')!;
    expect(review.filters.theme).toContain('Neglect');
    expect(review.filters.kind).toEqual(['Serious case review']);
  });

  test('keeps hidden filter and metadata text out of the searchable words', () => {
    const review = fragments.find((f) => f.url === '/reviews/child-a-2019/')!;
    expect(review.content).not.toContain('2019-06-12');
  });

  test('leaves out the words every page repeats: the print line, the request for another format, an empty learning list, a priority’s counts', () => {
    const boilerplate = ['To print it, use your browser', 'Text-only version', 'such as large print, easy read or audio', 'in another format', 'No briefing or course carries', 'name this priority'];
    // The pages do show them, so the check below can fail.
    const pages = ['briefings/neglect-seven-minute-briefing/', 'reviews/child-b-2022/', 'priorities/domestic-abuse-impact-on-children/'].map((p) => readFileSync(path.join(EXAMPLE_OUT, p, 'index.html'), 'utf8')).join('');
    for (const words of [...boilerplate.slice(0, 4), 'name this priority']) expect(pages).toContain(words);
    // (The accessibility statement says the same in its own words, and may be found by them.)
    const entries = fragments.filter((f) => /^\/(reviews|briefings|priorities)\//.test(f.url));
    for (const words of boilerplate) expect(entries.filter((f) => f.content.includes(words)).map((f) => f.url), words).toEqual([]);
  });

  test('an entry’s record leaves out the other entries it lists: each is found on its own page', () => {
    let checked = 0;
    for (const fragment of fragments.filter((f) => /^\/(reviews|briefings|courses|themes|priorities)\//.test(f.url))) {
      const html = readFileSync(path.join(EXAMPLE_OUT, fragment.url, 'index.html'), 'utf8');
      // The titles in the page's lists of related entries (LinkList, Gathering): links to other entry pages.
      const listed = [...html.matchAll(/<li[^>]*>\s*<a href="\/(?:reviews|briefings|courses)\/[^"/]+\/">([^<]{12,})<\/a>/g)].map((m) => m[1]!.replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&'));
      // A title the page's own text also uses (a recommendation naming a course) is rightly found.
      const ownText = html.replace(/<section[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/section>|<ul data-pagefind-ignore>[\s\S]*?<\/ul>/g, '');
      for (const title of listed) {
        if (fragment.meta.title === title || ownText.includes(title)) continue;
        expect(fragment.content, `${fragment.url} lists “${title}”`).not.toContain(title);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('ships only what the search page loads: none of pagefind’s ready-made interfaces', () => {
    expect(listFiles(BUNDLE).filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    expect(existsSync(path.join(BUNDLE, 'pagefind.js'))).toBe(true);
  });
});

describe('a search index that cannot be built', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'cascade-search-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('fails the build with a plain message and leaves the previous output as it was', () => {
    const out = path.join(work, 'dist');
    cpSync(EXAMPLE_OUT, out, { recursive: true });
    const before = hashTree(out);
    // A pagefind program that dies without answering, as a broken or wrong-platform binary
    // would. It lives a moment first so the request is already written when it dies: the case
    // that once held the build for the whole search time limit.
    const broken = path.join(work, 'pagefind-broken');
    writeFileSync(broken, '#!/bin/sh\nsleep 1\nexit 1\n', { mode: 0o755 });
    // Its own cache folder: with the example build's, the unchanged index would be reused and pagefind never started.
    const run = runBuild(out, { PAGEFIND_BINARY_PATH: broken, CASCADE_CACHE_DIR: path.join(work, 'cache') });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain('The search index could not be built');
    expect(run.output).toContain('was left as it was');
    expect(hashTree(out)).toBe(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.dist-staging'))).toEqual([]);
  });
});
