import { describe, expect, test } from 'vitest';
import { isSitemapPage, renderRobots, renderSitemap, SITEMAP_LIMITS, splitSitemap } from './sitemap.ts';

const URL_ = 'https://x.org/reviews/child-q/';

describe('the sitemap', () => {
  test.each([
    ['a page that is its own canonical address', 'reviews/child-q/', `<link rel="canonical" href="${URL_}">`, true],
    ['a page whose canonical address is another page', 'reviews/child-q/', '<link rel="canonical" href="https://x.org/reviews/other/">', false],
    ['a page that asks robots not to index it', 'reviews/child-q/', `<meta name="robots" content="noindex"><link rel="canonical" href="${URL_}">`, false],
    ['a page under admin/', 'admin/reviews/', `<link rel="canonical" href="${URL_}">`, false],
    ['a page under preview/', 'preview/x/', '', false],
    ['a page without a canonical link', 'reviews/child-q/', '<title>x</title>', true],
  ])('%s is listed: %s', (_, sitePath, html, listed) => {
    expect(isSitemapPage(sitePath, html, URL_)).toBe(listed);
  });

  test('addresses are listed once, sorted and escaped', () => {
    const xml = renderSitemap(['https://x.org/b/', 'https://x.org/a/?q=1&r=2', 'https://x.org/b/']);
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual(['<loc>https://x.org/a/?q=1&amp;r=2</loc>', '<loc>https://x.org/b/</loc>']);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });

  test('robots.txt names the sitemap', () => {
    expect(renderRobots('https://x.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n');
  });
});

describe('a sitemap past the protocol’s limits', () => {
  const urls = Array.from({ length: 7 }, (_, i) => `https://x.org/reviews/r-${i}/`);
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

  test('within the limits it is one sitemap.xml listing every address', () => {
    const files = splitSitemap(urls, 'https://x.org/', { urls: 7, bytes: 1e6 });
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toBe(renderSitemap(urls));
  });

  test('past the address limit, sitemap.xml is an index of files each within it', () => {
    const files = splitSitemap(urls, 'https://x.org/sub/', { urls: 3, bytes: 1e6 });
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files[0]!.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(files[0]!.xml)).toEqual(['https://x.org/sub/sitemap-1.xml', 'https://x.org/sub/sitemap-2.xml', 'https://x.org/sub/sitemap-3.xml']);
    const parts = files.slice(1).map((f) => locs(f.xml));
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual([...urls].sort());
  });

  test('past the size limit, no file is larger than it', () => {
    const bytes = 400;
    const files = splitSitemap(urls, 'https://x.org/', { urls: 50_000, bytes });
    expect(files.length).toBeGreaterThan(2);
    for (const file of files.slice(1)) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(bytes);
    expect(files.slice(1).flatMap((f) => locs(f.xml))).toEqual([...urls].sort());
  });

  test('the protocol’s limits are 50,000 addresses and 50 MB', () => {
    expect(SITEMAP_LIMITS).toEqual({ urls: 50_000, bytes: 52_428_800 });
  });
});
