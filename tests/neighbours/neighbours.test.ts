// Two partnerships learning from each other: a small second partnership (tests/fixtures/
// neighbour) is built and served on loopback, then the example is built with a network.yaml
// naming it (and one more that is down). Both builds are shared by every test in this file.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../setup/browser.ts';
import { headersFor, readHeadersFile } from '../setup/headers.ts';
import { BUILD_DATE, ROOT } from '../setup/paths.ts';
import { runBuild, type BuildRun } from '../setup/run-build.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

const work = path.join(ROOT, 'tests/.output/neighbours');
const neighbourOut = path.join(work, 'eastshire');
const homeOut = path.join(work, 'northvale');
const EAST = 'Eastshire Safeguarding Children Partnership';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** runBuild without blocking this process, which serves the neighbour while the site builds. */
function buildWhileServing(out: string, env: Record<string, string>): Promise<BuildRun> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', out], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

/** Serves a built site as a host configured from its `_headers` would (CSP, CORS). */
const serveBuilt = (dir: string, port?: number) => serveStatic(dir, { port, headers: (pathname) => headersFor(readHeadersFile(dir), pathname).headers });

let east: StaticServer;
let eastUrl = '';
let downUrl = '';
let home: BuildRun;
const read = (file: string) => readFileSync(path.join(homeOut, file), 'utf8');

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const port = await freePort();
  eastUrl = `http://127.0.0.1:${port}/`;
  downUrl = `http://127.0.0.1:${await freePort()}/`;
  // The neighbour is built to be served where the test serves it.
  const eastContent = path.join(work, 'eastshire-content');
  cpSync(path.join(ROOT, 'tests/fixtures/neighbour/content'), eastContent, { recursive: true });
  const partnership = path.join(eastContent, 'partnership.yaml');
  writeFileSync(partnership, readFileSync(partnership, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: ${eastUrl}`));
  // Its search index in parts of 3 pages (src/lib/search-shards.ts), as a large neighbour's is: every part must be merged.
  const built = runBuild(neighbourOut, { CASCADE_CONTENT: eastContent, CASCADE_CACHE_DIR: path.join(work, 'eastshire-cache'), CASCADE_SEARCH_SHARD_PAGES: '3' });
  if (built.status !== 0) throw new Error(`The neighbour did not build:\n${built.output}`);
  east = await serveBuilt(neighbourOut, port);

  const homeContent = path.join(work, 'northvale-content');
  cpSync(path.join(ROOT, 'content'), homeContent, { recursive: true });
  writeFileSync(path.join(homeContent, 'network.yaml'), `partnerships:\n  - name: ${EAST}\n    url: ${eastUrl}\n  - name: Downshire SCP\n    url: ${downUrl}\n`);
  home = await buildWhileServing(homeOut, { CASCADE_CONTENT: homeContent, CASCADE_CACHE_DIR: path.join(work, 'northvale-cache'), CASCADE_TIME_LIMIT_NEIGHBOUR: '2' });
});
afterAll(async () => {
  await east?.close();
});

describe('a site with neighbours', () => {
  test('builds though one neighbour is down, with a warning naming it and why', () => {
    expect(home.status, home.output).toBe(0);
    expect(home.output).toMatch(/neighbour-unavailable: Downshire SCP: http:\/\/127\.0\.0\.1:\d+\/data\/(reviews|briefings)\.json could not be reached \(ECONNREFUSED\)\. Left out of this build \(no earlier copy\)\./);
    expect(home.output).not.toContain(`neighbour-unavailable: ${EAST}`);
  });

  test('a theme page lists the neighbour’s entries on the same national theme, newest first, each linking to its page on the neighbour’s site', () => {
    // Northvale's "neglect" and Eastshire's "chronic-neglect" meet through the Panel theme Neglect.
    const html = read('themes/neglect/index.html');
    const section = html.slice(html.indexOf('id="from-other-partnerships"'));
    expect(section).toContain('From other partnerships (2)');
    const links = [...section.matchAll(/<h3><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [`${eastUrl}reviews/family-e-2024/`, 'Review for Family E'],
      [`${eastUrl}reviews/child-f-2020/`, 'Review for Child F'],
    ]);
    expect(section).toContain(EAST);
    // The neighbour's text is text: its markup is shown, never obeyed.
    expect(section).toContain('neglect &lt;b&gt;built up&lt;/b&gt; over years');
    expect(section).not.toContain('<b>');
  });

  test('a withdrawn report stays withdrawn, and nothing the neighbour has not published crosses', () => {
    const html = read('themes/neglect/index.html');
    const section = html.slice(html.indexOf('id="from-other-partnerships"'), html.indexOf('</section>', html.indexOf('id="from-other-partnerships"')));
    const childF = section.slice(section.indexOf('Review for Child F'));
    expect(childF.slice(0, childF.indexOf('</li>'))).toContain('Report withdrawn');
    // Only the entries' own pages are linked: no report or document.
    expect([...section.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).every((href) => /\/(reviews|briefings)\/[a-z0-9-]+\/$/.test(href!))).toBe(true);
    for (const page of ['themes/neglect/index.html', 'priorities/neglect/index.html', 'data/reviews.json']) {
      expect(read(page)).not.toContain('child-g-draft');
      expect(read(page)).not.toContain('child-h-embargoed');
    }
  });

  test('priority pages gather the neighbours’ entries on the priority’s themes; other themes meet through theirs', () => {
    expect(read('priorities/neglect/index.html')).toContain(`href="${eastUrl}reviews/family-e-2024/"`);
    expect(read('themes/criminal-exploitation/index.html')).toContain(`href="${eastUrl}briefings/county-lines-briefing/"`);
    expect(read('themes/online-safety/index.html')).not.toContain('From other partnerships');
  });

  test('only the search page may reach the neighbours, in its <meta> tag and in _headers; the index is readable by other sites', () => {
    const origins = [eastUrl, downUrl].map((u) => new URL(u).origin);
    const meta = (file: string) => read(file).match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
    const connect = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('connect-src'))!.trim();
    expect(connect(meta('search/index.html'))).toBe(`connect-src 'self' ${origins.join(' ')}`);
    expect(connect(meta('themes/neglect/index.html'))).toBe("connect-src 'self'");
    const rules = readHeadersFile(homeOut);
    expect(connect(headersFor(rules, '/search/').headers['Content-Security-Policy']!)).toBe(`connect-src 'self' ${origins.join(' ')}`);
    expect(connect(headersFor(rules, '/themes/neglect/').headers['Content-Security-Policy']!)).toBe("connect-src 'self'");
    expect(headersFor(rules, '/pagefind/pagefind-entry.json').headers['Access-Control-Allow-Origin']).toBe('*');
  });

  test('the open data carries the partnership’s name, the national themes and its schema version', () => {
    const reviews = JSON.parse(read('data/reviews.json'));
    expect(reviews.schemaVersion).toBe(1);
    expect(reviews.items[0].partnership).toBe('Northvale Safeguarding Children Partnership');
    expect(reviews.items.find((r: { themes: unknown[] }) => r.themes.length).themes[0]).toHaveProperty('panel');
    expect(JSON.parse(read('data/reviews.schema.json')).properties.schemaVersion).toEqual(expect.objectContaining({ const: 1 }));
  });
});

describe('searching across partnerships in Chromium', () => {
  let browser: Browser;
  let site: StaticServer;
  beforeAll(async () => {
    site = await serveBuilt(homeOut);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const WAIT = { timeout: 20_000 };
  const results = (page: Page) => page.locator('[data-search-results] li').evaluateAll((items) => items.map((li) => [li.querySelector('h3 a')?.getAttribute('href'), li.querySelector('.meta')?.textContent?.trim()]));

  test('"Include other partnerships" merges the neighbour’s index and finds its review, labelled with its partnership', async () => {
    const page = await browser.newPage();
    try {
      // "haybarn" is in the neighbour's reviews only.
      const hrefs = async () => (await results(page)).map(([href]) => href);
      const neighbourReview = `${eastUrl}reviews/family-e-2024/`;
      await page.goto(`${site.url}search/?q=haybarn`);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), WAIT).toContain('for “haybarn”');
      expect(await hrefs()).not.toContain(neighbourReview);
      await page.getByLabel('Include other partnerships').check();
      await expect.poll(hrefs, WAIT).toContain(neighbourReview);
      // Each of the neighbour's results is labelled with its partnership; this site's are not.
      for (const [href, meta] of await results(page)) expect(meta!.startsWith(`${EAST} · `)).toBe(href!.startsWith(eastUrl));
      expect(page.url()).toContain('others=1');
      // Unticked, the search keeps to this site again.
      await page.getByLabel('Include other partnerships').uncheck();
      await expect.poll(hrefs, WAIT).not.toContain(neighbourReview);
    } finally {
      await page.close();
    }
  });
});
