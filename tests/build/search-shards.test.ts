// A large site's search index comes in parts (src/lib/search-shards.ts): an edit re-indexes
// the one part that holds the page, and the search page still finds every page in every part.
// The example site is made large by asking for parts of 20 pages.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readShardsManifest, shardOf } from '../../src/lib/search-shards.ts';
import { hashTree, listFiles } from '../setup/files.ts';
import { readFragments, type Fragment } from '../setup/pagefind-index.ts';
import { EXAMPLE_CONTENT, EXAMPLE_OUT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-search-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const bundle = path.join(out, 'pagefind');
const env = { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache'), CASCADE_SEARCH_SHARD_PAGES: '20' };
const WORD = 'zebrafinchery';
const WAIT = { timeout: 20_000 };

/** The part folders in the order the search page merges them: the index folder first. */
const partFolders = () => ['', ...readShardsManifest(JSON.parse(readFileSync(path.join(bundle, 'shards.json'), 'utf8')))];
/** One part's fragments, without those of the parts inside the first part's folder. */
const partFragments = (folder: string): Fragment[] => {
  if (folder) return readFragments(path.join(bundle, folder));
  const own = path.join(work, 'part-0');
  rmSync(own, { recursive: true, force: true });
  cpSync(bundle, own, { recursive: true, filter: (source) => !/\/shard-\d+$/.test(source) });
  return readFragments(own);
};
const partHash = (folder: string) => (folder ? hashTree(path.join(bundle, folder)) : hashTree(path.join(work, 'part-0')));

let coldOutput = '';
let editedOutput = '';
let partsBefore: string[] = [];
let hashesBefore: string[] = [];
let edited = '';
let editedPart = -1;
let hashesEdited: string[] = [];
let renamed = '';
let listers: { url: string; part: number }[] = [];
let renamedOutput = '';

beforeAll(() => {
  cpSync(EXAMPLE_CONTENT, content, { recursive: true });
  const cold = runBuild(out, env);
  expect(cold.status, cold.output).toBe(0);
  coldOutput = cold.output;
  partsBefore = partFolders();
  hashesBefore = partsBefore.map((folder) => (partFragments(folder), partHash(folder)));
  // A briefing outside the first part, so finding its new word needs a merged part.
  const briefings = readdirSync(path.join(content, 'briefings')).map((name) => name.replace(/\.mdx$/, ''));
  edited = briefings.find((slug) => existsSync(path.join(out, 'briefings', slug, 'index.html')) && shardOf(`briefings/${slug}/`, partsBefore.length) > 0)!;
  editedPart = shardOf(`briefings/${edited}/`, partsBefore.length);
  const file = path.join(content, 'briefings', `${edited}.mdx`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA ${WORD} sentence the search parts test added.\n`);
  const again = runBuild(out, env);
  expect(again.status, again.output).toBe(0);
  editedOutput = again.output;
  hashesEdited = partFolders().map((folder) => (partFragments(folder), partHash(folder)));
  // A review that briefings in other parts list, and no newsletter shows (a newsletter's lists are its text).
  const indexed = partFolders().flatMap((folder, part) => partFragments(folder).map((f) => ({ url: f.url, part })));
  const partOf = new Map(indexed.map((p) => [p.url, p.part]));
  const html = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');
  renamed = readdirSync(path.join(content, 'reviews'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .find((slug) => {
      const own = partOf.get(`/reviews/${slug}/`);
      if (own === undefined) return false;
      const listers = indexed.filter((p) => p.url !== `/reviews/${slug}/` && html(p.url).includes(`href="/reviews/${slug}/"`));
      return listers.some((p) => p.part !== own && p.url.startsWith('/briefings/')) && !listers.some((p) => p.url.startsWith('/newsletters/'));
    })!;
  listers = indexed.filter((p) => p.url !== `/reviews/${renamed}/` && html(p.url).includes(`href="/reviews/${renamed}/"`));
  const review = path.join(content, 'reviews', `${renamed}.mdx`);
  writeFileSync(review, readFileSync(review, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (renamed)'));
  const third = runBuild(out, env);
  expect(third.status, third.output).toBe(0);
  renamedOutput = third.output;
});

describe('a search index in parts', () => {
  test('holds every page the one-part index holds, each once, and only the first part carries pagefind’s program', () => {
    expect(partsBefore.length).toBeGreaterThan(2);
    expect(coldOutput).toMatch(new RegExp(`search indexed \\d+ pages \\(in ${partsBefore.length} parts\\)`));
    const urls = partFolders().flatMap((folder) => partFragments(folder).map((f) => f.url));
    expect(urls.sort()).toEqual(readFragments(path.join(EXAMPLE_OUT, 'pagefind')).map((f) => f.url).sort());
    for (const folder of partFolders().slice(1)) expect(listFiles(path.join(bundle, folder)).filter((f) => /pagefind\.js|worker|wasm/.test(f)), folder).toEqual([]);
    expect(existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
  });

  test('an edited body re-indexes the part that holds its page, and every other part is reused byte for byte', () => {
    expect(editedOutput).toMatch(new RegExp(`search indexed \\d+ pages \\(1 of ${partsBefore.length} parts indexed again, the others reused\\)`));
    expect(partFolders()).toEqual(partsBefore);
    for (const [part, hash] of hashesEdited.entries()) {
      if (part === editedPart) expect(hash).not.toBe(hashesBefore[part]);
      else expect(hash, `part ${part}`).toBe(hashesBefore[part]);
    }
    expect(partFragments(partFolders()[editedPart]!).find((f) => f.url === `/briefings/${edited}/`)?.content).toContain(WORD);
  });
});

describe('a renamed entry', () => {
  test('re-indexes its own part only: the pages that list it in other parts are unchanged for the index', () => {
    expect(renamed, 'a review listed by a briefing in another part').toBeTruthy();
    const own = shardOf(`reviews/${renamed}/`, partsBefore.length);
    expect(listers.some((p) => p.part !== own)).toBe(true);
    // Those pages did change: they show the new title.
    for (const { url } of listers) expect(readFileSync(path.join(out, url, 'index.html'), 'utf8'), url).toContain('(renamed)');
    expect(renamedOutput).toMatch(new RegExp(`search indexed \\d+ pages \\(1 of ${partsBefore.length} parts indexed again, the others reused\\)`));
    const after = partFolders().map((folder) => (partFragments(folder), partHash(folder)));
    for (const [part, hash] of after.entries()) {
      if (part === own) expect(hash).not.toBe(hashesEdited[part]);
      else expect(hash, `part ${part}`).toBe(hashesEdited[part]);
    }
  });
});

describe('the search page over an index in parts', () => {
  const site = serveToBrowser(out);
  const status = (page: Page) => page.locator('[data-search-status]');

  test('finds a word in a merged part, and counts every page of every part in its filters', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}search/?q=${WORD}`);
      await expect.poll(() => status(page).textContent(), WAIT).toBe(`1 result for “${WORD}”`);
      expect(await page.locator('[data-search-results] h3 a').getAttribute('href')).toBe(`/briefings/${edited}/`);
      // The Content type filter's counts, as shown, against the pages of all the parts together.
      await page.goto(`${site.url}search/`);
      await page.locator('[data-search-refine-box]').waitFor({ state: 'visible' });
      await page.locator('summary', { hasText: 'Content type' }).click();
      const shown = await page.locator('[data-filter="type"] .checkbox:visible label').allTextContents();
      const counts = new Map<string, number>();
      for (const f of partFolders().flatMap((folder) => partFragments(folder))) counts.set(f.meta.type!, (counts.get(f.meta.type!) ?? 0) + 1);
      expect(shown.sort()).toEqual([...counts].map(([type, n]) => `${type} (${n})`).sort());
    } finally {
      await context.close();
    }
  });
});
