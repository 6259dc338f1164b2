import { describe, expect, test } from 'vitest';
import { isSitemapPage, renderRobots, renderSitemap } from './sitemap.ts';

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
