import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { checkContent } from '../../src/integrations/validate-content.ts';
import { launchBrowser } from '../setup/browser.ts';
import { startDecapServer, type DecapServer } from '../setup/decap-server.ts';
import { startDevServer, type DevServer } from '../setup/dev-server.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

// The web editor, end to end: /admin/ on the dev server in Chromium (only there does it offer
// the local backend), saving through decap-server into a copy of the content (so the test
// never touches content/), then check and build. The built /admin/ is checked as published.
const repo = mkdtempSync(path.join(tmpdir(), 'cascade-cms-'));
cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
const saved = path.join(repo, 'content/briefings/hearing-the-baby.mdx');

let site: StaticServer;
let dev: DevServer;
let decap: DecapServer;
let browser: Browser;
beforeAll(async () => {
  [site, dev, decap, browser] = await Promise.all([serveStatic(EXAMPLE_OUT), startDevServer({ CASCADE_CONTENT: path.join(repo, 'content') }), startDecapServer(repo), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), dev?.stop(), decap?.stop()]);
  rmSync(repo, { recursive: true, force: true });
});

describe('the web editor at /admin/', () => {
  test('is served from the site itself, kept out of search engines and the search index', () => {
    const html = readFileSync(path.join(EXAMPLE_OUT, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    // Nothing is loaded from another site (the policy names the GitHub API it may save through).
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect(html).not.toContain('data-pagefind-body');
    expect(existsSync(path.join(EXAMPLE_OUT, 'admin/decap-cms.js'))).toBe(true);
  });

  test('its config writes MDX with frontmatter into content/, one folder per collection', () => {
    const config = parse(readFileSync(path.join(EXAMPLE_OUT, 'admin/config.yml'), 'utf8'));
    const briefings = config.collections.find((c: { name: string }) => c.name === 'briefings');
    expect(briefings).toMatchObject({ folder: 'content/briefings', extension: 'mdx', format: 'frontmatter', slug: '{{slug}}' });
    expect(config).not.toHaveProperty('local_backend');
  });

  test('as published, opens under its own Content-Security-Policy with no request off the site', async () => {
    const page = await browser.newPage();
    const offSite: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url)) offSite.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.url}admin/`);
    await page.getByRole('button', { name: /Login/ }).waitFor({ timeout: 30_000 });
    await page.close();
    expect(offSite).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('creates a briefing through the form that passes the check and builds', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const offSite: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('http://localhost:8081/')) offSite.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // The dev server's editor talks to decap-server on its default port, the only one its policy
    // allows; this test's decap-server answers there.
    await page.route('http://localhost:8081/**', async (route) => {
      const response = await route.fetch({ url: route.request().url().replace('http://localhost:8081/api/v1', decap.api) });
      await route.fulfill({ response });
    });
    await page.goto(`${dev.url}admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${dev.url}admin/#/collections/briefings/new`);

    await page.getByLabel('Title').fill('Hearing the baby');
    await page.getByLabel('Summary').fill('What two reviews teach about listening for babies who cannot speak.');
    await page.getByLabel('Published', { exact: true }).fill('2026-11-02');
    await page.getByLabel('Draft (optional)').click();
    await page.getByLabel('Format').fill('seven');
    await page.keyboard.press('Enter');
    await page.getByLabel('Audiences').fill('workforce');
    await page.keyboard.press('Enter');
    await page.getByLabel('Themes (optional)').fill('Negl');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add key messages' }).click();
    await page.locator('[id^="item-field"]').first().fill('Ask who cares for the baby at night.');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Publish now').click();
    await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);
    await page.close();

    const text = readFileSync(saved, 'utf8');
    expect(text).toMatch(/^---\ntitle: Hearing the baby\n/);
    expect(text).toContain('published: 2026-11-02');
    expect(text).toContain('draft: false');
    expect(text).toContain('format: seven-minute');
    expect(text).toContain('themes:\n  - neglect');
    expect(text).toContain('## 7. Find out more');
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);

    const { problems } = await checkContent(path.join(repo, 'content'));
    expect(problems.filter((p) => p.file.endsWith('hearing-the-baby.mdx'))).toEqual([]);
    const out = path.join(repo, 'dist');
    const build = runBuild(out, { CASCADE_CONTENT: path.join(repo, 'content'), CASCADE_CACHE_DIR: path.join(repo, '.cache') });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(path.join(out, 'briefings/hearing-the-baby/index.html'), 'utf8')).toContain('Hearing the baby');
  });
});
