import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isPage } from '../../src/integrations/check-output.ts';
import { policyFor, serializePolicy } from '../../src/lib/formats/csp.ts';
import { listFiles } from '../setup/files.ts';
import { headersFor, readHeadersFile } from '../setup/headers.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { visit } from '../setup/security.ts';
import { serveStatic } from '../setup/serve.ts';
import { serveToBrowser } from '../setup/served-site.ts';

/**
 * One page per route pattern, found in the built output, so a template added later is covered
 * without editing this file: `reviews/a/index.html` and `reviews/b/index.html` are one pattern.
 */
function samplePages(dir: string): string[] {
  const byPattern = new Map<string, string>();
  for (const file of listFiles(dir).filter(isPage)) {
    const parts = file.split('/').slice(0, -1);
    const pattern = file.endsWith('index.html') ? [parts[0], ...parts.slice(1).map(() => '*')].join('/') : file;
    if (!byPattern.has(pattern)) byPattern.set(pattern, file.replace(/index\.html$/, ''));
  }
  // A search with a query loads Pagefind's WebAssembly, which only the search page's policy allows.
  const search = byPattern.has('search') ? ['search/?q=neglect'] : [];
  return [...byPattern.values(), ...search, 'no-such-page/'];
}

const rules = readHeadersFile(EXAMPLE_OUT);
const pages = samplePages(EXAMPLE_OUT);
const site = serveToBrowser(EXAMPLE_OUT, { headers: (pathname) => headersFor(rules, pathname).headers });

describe('every template under the CSP from _headers, in Chromium', () => {
  test('the sample covers the site’s templates', () => {
    expect(pages).toEqual(expect.arrayContaining(['', 'reviews/', 'briefings/', 'courses/', 'no-such-page/']));
    expect(pages.some((p) => /^reviews\/[^/]+\/$/.test(p))).toBe(true);
  });

  // The admin page is Decap's own shell, not the site's layout; hosts without headers leave it without a policy.
  test.each(pages.filter((p) => !p.includes('?') && !p.startsWith('admin/') && p !== 'no-such-page/'))('/%s carries its policy in a <meta> tag too (for hosts that cannot send headers)', (sitePath) => {
    const html = readFileSync(path.join(EXAMPLE_OUT, sitePath.endsWith('/') || sitePath === '' ? `${sitePath}index.html` : sitePath), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${serializePolicy(policyFor(sitePath), 'meta')}">`);
  });

  test.each(pages)('/%s gets exactly one Content-Security-Policy and the security headers', (sitePath) => {
    const { headers, cspRules } = headersFor(rules, `/${sitePath.split('?')[0]}`);
    if (sitePath !== 'no-such-page/') expect(cspRules).toHaveLength(1);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toBeTruthy();
  });

  test.each(pages)('/%s: no CSP violation, no request to another origin, no cookie', async (sitePath) => {
    // Only the CMS admin's policy names other origins (its backends); public pages name none.
    const csp = headersFor(rules, `/${sitePath.split('?')[0]}`).headers['Content-Security-Policy'] ?? '';
    const named = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ').filter((s) => /^https?:/.test(s)) ?? [];
    if (!sitePath.startsWith('admin/')) expect(named).toEqual([]);
    const result = await visit(site.browser, site.url + sitePath, [new URL(site.url).origin, ...named]);
    expect(result.violations).toEqual([]);
    expect(result.foreignRequests).toEqual([]);
    expect(result.cookies).toEqual([]);
    expect(result.setCookieHeaders).toEqual([]);
  });
});

describe.runIf(pages.includes('search/?q=neglect'))('search under its own policy', () => {
  test('Pagefind finds results with the CSP as a header, and without the search page’s WebAssembly allowance it cannot', async () => {
    const resultsFor = async (csp: string) => {
      const s = await serveStatic(EXAMPLE_OUT, { headers: { 'Content-Security-Policy': csp } });
      const page = await site.browser.newPage();
      try {
        const failed = page.waitForEvent('console', { predicate: (m) => m.text().includes('did not load'), timeout: 30_000 });
        failed.catch(() => {}); // the page closes before this fires when results appear
        await page.goto(`${s.url}search/?q=neglect`);
        await Promise.race([page.locator('[data-search-status]').filter({ hasText: /\w/ }).waitFor({ timeout: 30_000 }), failed]);
        return await page.locator('[data-search-results] > li').count();
      } finally {
        await page.close();
        await s.close();
      }
    };
    const searchPolicy = headersFor(rules, '/search/').headers['Content-Security-Policy']!;
    expect(await resultsFor(searchPolicy)).toBeGreaterThan(0);
    expect(await resultsFor(searchPolicy.replace(" 'wasm-unsafe-eval'", ''))).toBe(0);
  });
});

describe('the security test can fail', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cascade-csp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an inline style, an inline script and a third-party image are all caught', async () => {
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title><p style="color:red">x</p><script>document.cookie="a=1"</script><img src="http://example.invalid/x.png" alt="">');
    const csp = headersFor(rules, '/reviews/x/').headers['Content-Security-Policy']!;
    const bad = await serveStatic(dir, { headers: { 'Content-Security-Policy': csp.replace("img-src 'self'", 'img-src *') } });
    try {
      const result = await visit(site.browser, bad.url, [new URL(bad.url).origin]);
      expect(result.violations.join('\n')).toMatch(/style-src/);
      expect(result.violations.join('\n')).toMatch(/script-src/);
      expect(result.foreignRequests).toEqual(['http://example.invalid/x.png']);
    } finally {
      await bad.close();
    }
  });
});
