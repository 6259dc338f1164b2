/**
 * Builds the site search with pagefind once Astro has written every page. The hook runs on
 * the staging folder of scripts/build.ts, so a failure here fails the build and the previous
 * dist/ stays as it was. Only pages whose <main> carries data-pagefind-body (entry pages:
 * see the `indexed` prop of Base.astro) are indexed; listings and facet pages are not, so a
 * result is always the page itself. Pages come from loadSite(), so nothing unpublished is
 * there to index.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveBuildDate } from '../lib/rules/publication.ts';
import { collectReportTexts, reviewsWithReports } from '../build/document-records.ts';
import { withReportText } from '../lib/formats/report-text.ts';
import * as pagefind from 'pagefind';
import { SearchIndexError } from '../lib/errors.ts';
import { startPhase } from '../build/progress.ts';
import { restoreSearchIndex, saveSearchIndex, searchInputsHash } from '../build/search-cache.ts';
import { TimeLimitError, withTimeLimit } from '../lib/time-limit.ts';
import { ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';

/** Where the index is written inside the site; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

// pagefind also writes its ready-made interfaces; the search page uses the JS API and its own
// accessible markup, so these would only be dead weight on the host.
/** Review pages sent to pagefind at once. */
const REVIEWS_IN_FLIGHT = 8;

const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/**
 * The files that can hold an indexed page: an entry's or a theme's own page. pagefind would
 * otherwise read every HTML file (facet, listing and text-only pages too) and hold them in
 * memory (about 0.8 GB more at 10,000 entries) only to skip them for having no
 * data-pagefind-body. The search index test fails if an indexed page falls outside this.
 */
export const INDEXED_PAGES_GLOB = `{${[...ENTRY_COLLECTION_NAMES, 'themes'].join(',')}}/*/index.html`;
/** The same pages but reviews, which are read one by one so their report text can join them. */
const DIRECTORY_GLOB = `{${[...ENTRY_COLLECTION_NAMES.filter((c) => c !== 'reviews'), 'themes'].join(',')}}/*/index.html`;

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

/**
 * Indexes the built HTML in `siteDir` and writes the index to `<siteDir>/pagefind/`. A review
 * page is indexed with the text of its reports (keyed by its site path, e.g.
 * `reviews/child-b-2022/`) hidden in its Documents section: one record per review, its
 * filters the review's, the report a sub-result at #documents.
 * @example const { read, pages } = await writeSearchIndex('/tmp/.dist-staging-dist-123', new Map([['reviews/child-b-2022/', 'text']]));
 */
export async function writeSearchIndex(siteDir: string, reportTexts: ReadonlyMap<string, string> = new Map()): Promise<{ read: number; pages: number }> {
  try {
    // Every page is en-GB; one language means one index and English stemming throughout.
    const { index } = await ask('starting pagefind', () => pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('starting pagefind: no index was created');
    const added = await ask(`indexing ${siteDir}`, () => index.addDirectory({ path: siteDir, glob: DIRECTORY_GLOB }));
    let read = added.page_count;
    const reviews = (await readdir(path.join(siteDir, 'reviews'), { withFileTypes: true }).catch(() => [])).filter((dir) => dir.isDirectory());
    // A few requests in flight at once: pagefind indexes them on all cores while the next page
    // is read (one at a time, each waited for, took twice as long), and only a few pages are
    // held in memory at a time.
    const addReview = async (name: string) => {
      const sitePath = `reviews/${name}/`;
      const html = await readFile(path.join(siteDir, sitePath, 'index.html'), 'utf8').catch(() => undefined);
      if (html === undefined) return;
      read += 1;
      // Listing and facet pages under reviews/ have no data-pagefind-body and stay out, as in addDirectory.
      if (!html.includes('data-pagefind-body')) return;
      const text = reportTexts.get(sitePath);
      await ask(`indexing ${sitePath}`, () => index.addHTMLFile({ url: `/${sitePath}`, content: text ? withReportText(html, text) : html }));
    };
    let next = 0;
    const lane = async () => {
      while (next < reviews.length) await addReview(reviews[next++]!.name);
    };
    await Promise.all(Array.from({ length: REVIEWS_IN_FLIGHT }, lane));
    const bundle = path.join(siteDir, SEARCH_BUNDLE_DIR);
    await ask(`writing ${bundle}`, () => index.writeFiles({ outputPath: bundle }));
    for (const name of await readdir(bundle)) if (UNUSED_BUNDLE_FILES.test(name)) await rm(path.join(bundle, name));
    // One fragment is written per indexed page.
    const fragments = (await readdir(path.join(bundle, 'fragment')).catch(() => [])).length;
    return { read, pages: fragments };
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
        // Unchanged indexed pages and reports: the last index is the same index.
        const hash = await searchInputsHash(siteDir, INDEXED_PAGES_GLOB, texts);
        const bundle = path.join(siteDir, SEARCH_BUNDLE_DIR);
        if (await restoreSearchIndex(cacheDir, hash, bundle)) {
          phase.end({ done: 0, note: 'nothing changed, last index reused' });
          return;
        }
        const { read, pages } = await writeSearchIndex(siteDir, texts);
        await saveSearchIndex(cacheDir, hash, bundle);
        phase.end({ done: pages, note: `${read.toLocaleString('en-GB')} read` });
      },
    },
  };
}
