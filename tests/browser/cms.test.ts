import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { checkContent } from '../../src/content/check-content.ts';
import { launchBrowser } from '../setup/browser.ts';
import { startDecapServer, type DecapServer } from '../setup/decap-server.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

// The web editor, end to end: the built /admin/ in Chromium, under its own published
// Content-Security-Policy, saving through decap-server in git mode into a throwaway
// repository holding a copy of the content (the test never touches content/). Each save lands
// on its own branch, as a pull request would on the git host; the file on that branch must
// then pass `npm run check`. The published config has no local backend: the test adds one
// that answers on the site's own origin (so the page's policy allows it) and forwards to
// decap-server.
const repo = mkdtempSync(path.join(tmpdir(), 'cascade-cms-'));
cpSync(path.join(ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
git('init', '-q', '-b', 'main');
git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'Content');
const SCREENSHOTS = path.join(ROOT, 'tests/.output/screenshots/admin');

/** The admin's scripts the browser asked for across the tests. */
const loaded = new Set<string>();
let site: StaticServer;
let decap: DecapServer;
let browser: Browser;
beforeAll(async () => {
  [site, decap, browser] = await Promise.all([serveStatic(EXAMPLE_OUT), startDecapServer(repo, 'git'), launchBrowser()]);
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), decap?.stop()]);
  rmSync(repo, { recursive: true, force: true });
});

/** The admin page, pointed at this test's decap-server (the published config uses Decap's default port). */
async function openEditor(width: number, height: number): Promise<{ page: Page; offSite: string[]; errors: string[] }> {
  // en-GB, as the partnership's editors have it: dates read day/month/year.
  // In summer time, so a date picker that worked in UTC would shift a date by a day.
  const page = await browser.newPage({ viewport: { width, height }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const offSite: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) offSite.push(request.url());
    if (/\/admin\/[^/]+\.js$/.test(request.url())) loaded.add(path.basename(request.url()));
  });
  page.on('response', (response) => {
    // A file of the editor that is missing (the local backend's API answers 404 by design).
    if (response.status() >= 400 && response.url().startsWith(`${site.url}admin/`)) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}local_backend:\n  url: ${site.url}local-backend/api/v1\n` });
  });
  await page.route(`${site.url}local-backend/**`, async (route) => {
    try {
      const response = await route.fetch({ url: route.request().url().replace(`${site.url}local-backend/api/v1`, decap.api) });
      await route.fulfill({ response });
    } catch {
      // The page was closed while Decap was still polling; nothing waits for the answer.
    }
  });
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  return { page, offSite, errors };
}

describe('the web editor at /admin/', () => {
  test('is served from the site itself, kept out of search engines and the search index', () => {
    const html = readFileSync(path.join(EXAMPLE_OUT, 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(html).toMatch(/<script src="cascade-admin\.js" data-collections="reviews briefings [^"]*" data-preview-styles="[^"]*\.css[^"]*"><\/script>/);
    // Nothing is loaded from another site (the policy names the git host it may save through).
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect(html).not.toContain('data-pagefind-body');
    expect(existsSync(path.join(EXAMPLE_OUT, 'admin/decap-cms.js'))).toBe(true);
  });

  test('its config writes MDX in the content’s own format into content/, each save on its own branch', () => {
    const config = parse(readFileSync(path.join(EXAMPLE_OUT, 'admin/config.yml'), 'utf8'));
    const reviews = config.collections.find((c: { name: string }) => c.name === 'reviews');
    expect(reviews).toMatchObject({ folder: 'content/reviews', extension: 'mdx', format: 'cascade-mdx', slug: '{{slug}}' });
    expect(config.publish_mode).toBe('editorial_workflow');
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

  test('as published, signs in with GitLab and lets the page reach GitLab and nothing else', () => {
    const html = readFileSync(path.join(EXAMPLE_OUT, 'admin/index.html'), 'utf8');
    const config = parse(readFileSync(path.join(EXAMPLE_OUT, 'admin/config.yml'), 'utf8'));
    expect(config.backend).toMatchObject({ name: 'gitlab', repo: 'northvale/learning', auth_type: 'pkce', app_id: 'example-app-id' });
    expect(/connect-src ([^;"]*)/.exec(html.replaceAll('&#39;', "'"))?.[1]).toBe("'self' https://gitlab.com");
  });

  test('creates a review through the form, on its own branch, that passes the check', async () => {
    const { page, offSite, errors } = await openEditor(1366, 900);
    await page.goto(`${site.url}admin/#/collections/reviews/new`);
    await page.getByLabel('Title').fill('Learning from Zoë’s review');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-review-1366.png') });
    // A summary over the limit: the counter says by how much, and the form will not save it.
    await page.getByLabel('Summary').fill('A summary that runs on. '.repeat(13).slice(0, 308));
    await page.getByText('8 characters too many (at most 300)').waitFor();
    await page.getByLabel('Published', { exact: true }).fill('2026-07-02');
    await page.getByLabel('Kind').fill('Local child');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add key messages' }).click();
    await page.locator('[id^="item-field"]').first().fill('Ask where a child has been, every time they come back.');
    await page.getByLabel('Report', { exact: true }).fill('Report not');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Write at most 300 characters, not only spaces.').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'summary-too-long-1366.png') });
    expect(git('branch', '--list', 'cms/*')).toBe('');
    // Decap ends a refused save by rejecting a promise with nothing (an "undefined" page error).
    expect(errors).toEqual(['undefined']);
    errors.length = 0;
    await page.getByLabel('Summary').fill('How agencies heard a teenager who went missing from care, and what changed.');
    await page.getByText('75 of 300 characters').waitFor();

    // The preview reads like the site's page: its stylesheet, the kind and report by name.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('.meta').first().textContent()).toBe('Local child safeguarding practice review');
    await expect.poll(() => preview.locator('dl').textContent()).toContain('2 July 2026');
    expect(await preview.locator('dl').textContent()).toContain('Report not published');
    expect(await preview.locator('h1').evaluate((h1) => getComputedStyle(h1).lineHeight)).not.toBe('normal');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-review-1366.png') });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const branch = 'cms/reviews/learning-from-zoe-s-review';
    const savedFile = `${branch}:content/reviews/learning-from-zoe-s-review.mdx`;
    const savedText = () => {
      try {
        return execFileSync('git', ['show', savedFile], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
      } catch {
        return '';
      }
    };
    await expect.poll(savedText, { timeout: 30_000 }).toMatch(/^---\n/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'saved-review-1366.png') });
    await page.close();

    const text = savedText();
    expect(text).toMatch(/^---\ntitle: Learning from Zoë’s review\nsummary: How agencies/);
    expect(text).toContain('published: 2026-07-02');
    expect(text).toContain('kind: lcspr');
    expect(text).toContain('report: not-published');
    expect(text).toContain('## What the review found');
    expect(git('show', 'main:content/reviews/child-b-2022.mdx')).toBe(readFileSync(path.join(ROOT, 'content/reviews/child-b-2022.mdx'), 'utf8'));
    // An untouched content-notice switch must not turn off the notice the themes ask for.
    expect(text).not.toMatch(/^contentNotice:/m);
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);

    // The check the pull request runs, on the content as that branch has it; the skeleton's
    // placeholder text is the one thing left to write, and the check says so.
    const checked = mkdtempSync(path.join(tmpdir(), 'cascade-cms-check-'));
    cpSync(path.join(repo, 'content'), checked, { recursive: true });
    writeFileSync(path.join(checked, 'reviews/learning-from-zoe-s-review.mdx'), text);
    const { problems } = await checkContent(checked);
    expect(problems.filter((p) => p.file.endsWith('learning-from-zoe-s-review.mdx')).map((p) => p.field)).toEqual(expect.arrayContaining(['body']));
    writeFileSync(path.join(checked, 'reviews/learning-from-zoe-s-review.mdx'), text.replaceAll('Write this section here.', 'The review found that the teenager was not asked where she had been.'));
    const again = await checkContent(checked);
    expect(again.problems.filter((p) => p.file.endsWith('learning-from-zoe-s-review.mdx'))).toEqual([]);
    rmSync(checked, { recursive: true, force: true });
  });

  test('ships exactly the files the editor loads', () => {
    // Run after the editing tests: every script they loaded is shipped, and nothing else is.
    const shipped = readdirSync(path.join(EXAMPLE_OUT, 'admin')).sort();
    expect(shipped).toEqual(['cascade-admin.js', 'config.yml', 'decap-cms.js', 'index.html']);
    expect([...loaded].sort()).toEqual(shipped.filter((f) => f.endsWith('.js')));
  });

  test('fits a phone: the new-entry form at 390 × 844', async () => {
    const { page, errors } = await openEditor(390, 844);
    await page.goto(`${site.url}admin/#/collections/briefings/new`);
    await page.getByLabel('Title').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-briefing-390.png') });
    await page.close();
    expect(errors).toEqual([]);
  });
});
