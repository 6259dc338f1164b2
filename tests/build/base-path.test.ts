import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkOutput } from '../../src/integrations/check-output.ts';
import { launchBrowser } from '../setup/browser.ts';
import { listFiles } from '../setup/files.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

// The example site built to be served from /cascade/, as a GitHub Pages project site is.
const work = mkdtempSync(path.join(tmpdir(), 'cascade-base-'));
const out = path.join(work, 'dist');
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const run = runBuild(out, { CASCADE_BASE: '/cascade/', CASCADE_CACHE_DIR: path.join(work, 'cache') });
  if (run.status !== 0) throw new Error(`The example site did not build under /cascade/:\n${run.output}`);
  server = await serveStatic(out, { base: '/cascade/' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the site built under the base path /cascade/', () => {
  test('every internal link and fragment in every file resolves under /cascade/', async () => {
    expect(await checkOutput(out, '/cascade/')).toEqual([]);
  });

  test('no page links to the site root without the base path', () => {
    const rootLinks = listFiles(out)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => [...readFileSync(path.join(out, f), 'utf8').matchAll(/(?:href|src|action)="(\/(?!cascade\/|\/)[^"]*)"/g)].map((m) => `${f}: ${m[1]}`));
    expect(rootLinks).toEqual([]);
  });

  test('the host header rules are under /cascade/', () => {
    const patterns = readFileSync(path.join(out, '_headers'), 'utf8').split('\n').filter((l) => l.startsWith('/'));
    expect(patterns.length).toBeGreaterThan(3);
    expect(patterns.every((p) => p.startsWith('/cascade/'))).toBe(true);
  });

  test('a reader can go from the home page to a review and open its report', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim())).not.toBe('');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
      expect(new URL(page.url()).pathname).toBe('/cascade/reviews/');
      await page.locator('main a[href^="/cascade/reviews/child-b-2022/"]').first().click();
      expect(new URL(page.url()).pathname).toBe('/cascade/reviews/child-b-2022/');
      const report = await page.locator('main a[href$=".pdf"]').first().getAttribute('href');
      const response = await page.request.get(new URL(report!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
    } finally {
      await page.close();
    }
  });
});
