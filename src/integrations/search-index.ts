/**
 * Builds the site search with pagefind once Astro has written every page. The hook runs on
 * the staging folder of scripts/build.ts, so a failure here fails the build and the previous
 * dist/ stays as it was. Only pages whose <main> carries data-pagefind-body (entry pages:
 * see the `indexed` prop of Base.astro) are indexed; listings and facet pages are not, so a
 * result is always the page itself. Pages come from loadSite(), so nothing unpublished is
 * there to index.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveBuildDate } from '../lib/rules/publication.ts';
import { collectReportTexts, reviewsWithReports } from '../build/document-records.ts';
import { withReportText } from '../lib/formats/report-text.ts';
import * as pagefind from 'pagefind';
import { SearchIndexError } from '../lib/errors.ts';
import { startPhase } from '../build/progress.ts';
import { finishSearchShard, forgetOtherShards, indexablePages, restoreSearchShard, shardInputsHash, startSearchShard, type IndexablePage } from '../build/search-cache.ts';
import { SEARCH_SHARD_PAGES, shardCount, shardFolder, shardOf, shardsManifest, SHARDS_MANIFEST } from '../lib/search-shards.ts';
import { TimeLimitError, withTimeLimit } from '../lib/time-limit.ts';
import { ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';

/** Where the index is written inside the site; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Pages sent to pagefind at once. */
const PAGES_IN_FLIGHT = 8;

// pagefind also writes its ready-made interfaces; the search page uses the JS API and its own
// accessible markup, so these would only be dead weight on the host.
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * The files that can hold an indexed page: an entry's or a theme's own page. pagefind would
 * otherwise read every HTML file (facet, listing and text-only pages too) and hold them in
 * memory (about 0.8 GB more at 10,000 entries) only to skip them for having no
 * data-pagefind-body. The search index test fails if an indexed page falls outside this.
 */
export const INDEXED_PAGES_GLOB = `{${[...ENTRY_COLLECTION_NAMES, 'themes'].join(',')}}/*/index.html`;

/** Pages per part; CASCADE_SEARCH_SHARD_PAGES changes it (tests make several parts of a small site). */
function shardPagesSetting(): number {
  const setting = Number(process.env.CASCADE_SEARCH_SHARD_PAGES);
  return Number.isInteger(setting) && setting > 0 ? setting : SEARCH_SHARD_PAGES;
}

/**
 * Runs one request to the pagefind program and checks its answer. pagefind's Node API does
 * not notice when its program dies (a crash, a binary for another platform): the request
 * would never settle and Node would exit mid-build. An emptied event loop while a request is
 * pending means exactly that, so it becomes an error the build can report; the time limit's
 * timer must not hold the loop open or that report would wait for the whole limit. A program
 * that stays alive but never answers is stopped at the search time limit (src/lib/time-limit.ts).
 */
async function ask<T extends { errors: string[] }>(step: string, request: () => Promise<T>): Promise<T> {
  let stalled: (() => void) | undefined;
  try {
    const pending = new Promise<T>((resolve, reject) => {
      stalled = () => reject(new Error(`${step}: the pagefind program stopped without answering`));
      process.once('beforeExit', stalled);
      request().then(resolve, reject);
    });
    // pagefind holds the process open while a request is pending and its program lives, so the
    // limit still stops a program that hangs; one that died lets the loop empty at once.
    const answer = await withTimeLimit('search', `Pagefind (${step})`, pending, () => pagefind.close(), undefined, { holdsProcess: false });
    if (answer.errors.length) throw new Error(`${step}: ${answer.errors.join('; ')}`);
    return answer;
  } finally {
    if (stalled) process.off('beforeExit', stalled);
  }
}

/** Files pagefind writes that only the first part needs: a merged part is searched with the first part's program. */
const PROGRAM_FILES = /^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;

/**
 * Indexes the built HTML in `siteDir` into `<siteDir>/pagefind/`: one pagefind index per part
 * (src/lib/search-shards.ts), each reused from `cacheDir` when its pages are unchanged, and
 * `pagefind/shards.json` naming the parts after the first. A review page is indexed with the
 * text of its reports (keyed by its site path, e.g. `reviews/child-b-2022/`) hidden in its
 * Documents section: one record per review, its filters the review's, the report a
 * sub-result at #documents.
 * @example const { pages, parts, rebuilt } = await writeSearchIndex('/tmp/.dist-staging-dist-123', 'node_modules/.astro', new Map([['reviews/child-b-2022/', 'text']]));
 */
export async function writeSearchIndex(
  siteDir: string,
  cacheDir: string,
  reportTexts: ReadonlyMap<string, string> = new Map(),
  shardPages: number = SEARCH_SHARD_PAGES,
): Promise<{ pages: number; parts: number; rebuilt: number }> {
  const all = await indexablePages(siteDir, INDEXED_PAGES_GLOB, cacheDir);
  const count = shardCount(all.length, shardPages);
  const parts: IndexablePage[][] = Array.from({ length: count }, () => []);
  for (const page of all) parts[shardOf(page.sitePath, count)]!.push(page);
  const bundle = path.join(siteDir, SEARCH_BUNDLE_DIR);
  await forgetOtherShards(cacheDir, count);
  let indexed = 0;
  let rebuilt = 0;
  try {
    for (const [shard, pages] of parts.entries()) {
      const hash = shardInputsHash(pages, reportTexts, shard, count);
      const place = path.join(bundle, shardFolder(shard));
      if (await restoreSearchShard(cacheDir, shard, hash, place)) continue;
      // Written into the cache, then linked into place like a saved part, so writing one part
      // never touches another part already in place.
      indexed += await indexPart(siteDir, pages, reportTexts, await startSearchShard(cacheDir, shard), shard > 0);
      rebuilt += 1;
      await finishSearchShard(cacheDir, shard, hash);
      if (!(await restoreSearchShard(cacheDir, shard, hash, place))) throw new Error(`part ${shard + 1} of the index was written but could not be put in place`);
    }
    await writeFile(path.join(bundle, SHARDS_MANIFEST), shardsManifest(count));
    return { pages: indexed, parts: count, rebuilt };
  } catch (error) {
    if (error instanceof TimeLimitError) throw error;
    throw new SearchIndexError('The search index could not be built', `pagefind stopped while building the search index: ${(error as Error).message}`, {
      cause: error,
      hint: 'Run `npm ci` so the pagefind package for this computer is installed, then build again. Set CASCADE_DEBUG=1 to see the full error.',
    });
  } finally {
    // The pagefind binary runs as a child process; close it so the build can exit.
    await pagefind.close();
  }
}

/** Runs pagefind over one part's pages and writes that part's index to `outputPath`. */
async function indexPart(siteDir: string, pages: readonly IndexablePage[], reportTexts: ReadonlyMap<string, string>, outputPath: string, merged: boolean): Promise<number> {
  // Every page is en-GB; one language means one index and English stemming throughout.
  const { index } = await ask('starting pagefind', () => pagefind.createIndex({ forceLanguage: 'en' }));
  if (!index) throw new Error('starting pagefind: no index was created');
  // A few requests in flight at once: pagefind indexes them on all cores while the next page
  // is read (one at a time, each waited for, took twice as long), and only a few pages are
  // held in memory at a time.
  const addPage = async ({ sitePath, file }: IndexablePage) => {
    const html = await readFile(path.join(siteDir, file), 'utf8').catch(() => undefined);
    if (html === undefined) return;
    // Listing and facet pages under an entry folder have no data-pagefind-body and stay out.
    if (!html.includes('data-pagefind-body')) return;
    const text = reportTexts.get(sitePath);
    await ask(`indexing ${sitePath}`, () => index.addHTMLFile({ url: `/${sitePath}`, content: text ? withReportText(html, text) : html }));
  };
  let next = 0;
  const lane = async () => {
    while (next < pages.length) await addPage(pages[next++]!);
  };
  await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, lane));
  await ask(`writing ${outputPath}`, () => index.writeFiles({ outputPath }));
  // Frees pagefind's memory for this part before the next one is indexed.
  await index.deleteIndex();
  for (const name of await readdir(outputPath)) if (UNUSED_BUNDLE_FILES.test(name) || (merged && PROGRAM_FILES.test(name))) await rm(path.join(outputPath, name));
  // One fragment is written per indexed page.
  return (await readdir(path.join(outputPath, 'fragment')).catch(() => [])).length;
}

export function searchIndexIntegration(options: { contentDir: string }): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'cascade:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir }) => {
        const phase = startPhase('search indexed', { unit: 'pages', timing: 'search' });
        const siteDir = fileURLToPath(dir);
        // Only public reviews' reports were copied into the output (publish-documents), so only they are indexed.
        const reports = await collectReportTexts(siteDir, await reviewsWithReports(options.contentDir, resolveBuildDate(process.env), base), cacheDir);
        // The texts are keyed by the review's address with the base path; the index wants its site path.
        const texts = new Map(reports.map((r) => [r.url.slice(base.length).replace(/^\/+/, ''), r.text]));
        const { pages, parts, rebuilt } = await writeSearchIndex(siteDir, cacheDir, texts, shardPagesSetting());
        if (rebuilt === 0) phase.end({ done: 0, note: 'nothing changed, last index reused' });
        else if (parts === 1) phase.end({ done: pages });
        else phase.end({ done: pages, note: rebuilt === parts ? `in ${parts} parts` : `${rebuilt} of ${parts} parts indexed again, the others reused` });
      },
    },
  };
}
