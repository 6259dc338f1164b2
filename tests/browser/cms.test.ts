import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { checkContent } from '../../src/integrations/validate-content.ts';
import { launchBrowser } from '../setup/browser.ts';
import { startDecapServer, type DecapServer } from '../setup/decap-server.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

// The web editor, end to end: the built /admin/ in Chromium, saving through decap-server
// into a copy of the content (so the test never touches content/), then check and build.
const repo = mkdtempSync(path.join(tmpdir(), 'cascade-cms-'));
cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
const saved = path.join(repo, 'content/briefings/hearing-the-baby.mdx');

let site: StaticServer;
let decap: DecapServer;
let browser: Browser;
beforeAll(async () => {
  [site, decap, browser] = await Promise.all([serveStatic(EXAMPLE_OUT), startDecapServer(repo), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), decap?.stop()]);
  rmSync(repo, { recursive: true, force: true });
});

describe('the web editor at /admin/', () => {
  test('is served from the site itself, kept out of search engines and the search index', () => {
    const html = readFileSync(path.join(EXAMPLE_OUT, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toContain('data-pagefind-body');
    expect(existsSync(path.join(EXAMPLE_OUT, 'admin/decap-cms.js'))).toBe(true);
  });

  test('its config writes MDX with frontmatter into content/, one folder per collection', () => {
    const config = parse(readFileSync(path.join(EXAMPLE_OUT, 'admin/config.yml'), 'utf8'));
    const briefings = config.collections.find((c: { name: string }) => c.name === 'briefings');
    expect(briefings).toMatchObject({ folder: 'content/briefings', extension: 'mdx', format: 'frontmatter', slug: '{{slug}}' });
    expect(config.local_backend).toBe(true);
  });

  test('creates a briefing through the form that passes the check and builds', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    const offSite: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) offSite.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    // Point the local backend at this test's decap-server (the published config uses Decap's default port).
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('local_backend: true', `local_backend:\n  url: ${decap.api}`) });
    });
    await page.goto(`${site.url}admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${site.url}admin/#/collections/briefings/new`);

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
    // Optional fields left alone stay out of the file: an untouched content-notice switch
    // must not turn off the notice the themes ask for, nor an empty media group appear.
    expect(text).not.toMatch(/^contentNotice:/m);
    expect(text).not.toMatch(/^media:/m);
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
