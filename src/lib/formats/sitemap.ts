/**
 * The sitemap: every public page a search engine should index, once. A page is listed when
 * its canonical address is its own (an alternative reading of another page points its
 * canonical there) and it does not ask robots to stay away.
 */
import { escapeXml } from './atom.ts';

/** Paths never listed, whatever they contain: editor-only and preview areas, the 404 page. */
export const SITEMAP_EXCLUDED = [/^admin\//, /^preview\//, /^404\/?$/, /^404\.html$/];

/**
 * Whether a built page belongs in the sitemap.
 * @example isSitemapPage('reviews/child-q/', '<link rel="canonical" href="https://x.org/reviews/child-q/">', 'https://x.org/reviews/child-q/') // true
 */
export function isSitemapPage(sitePath: string, html: string, url: string): boolean {
  if (SITEMAP_EXCLUDED.some((pattern) => pattern.test(sitePath))) return false;
  if (/<meta\s[^>]*name="robots"[^>]*content="[^"]*noindex/i.test(html)) return false;
  const canonical = /<link\s[^>]*rel="canonical"[^>]*href="([^"]*)"/i.exec(html)?.[1];
  return canonical === undefined || canonical === url;
}

/**
 * The sitemap document (sitemaps.org protocol), addresses sorted for a stable file.
 * @example renderSitemap(['https://x.org/']).includes('<loc>https://x.org/</loc>') // true
 */
export function renderSitemap(urls: readonly string[]): string {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

/**
 * robots.txt: everything may be crawled; the sitemap says what is there.
 * @example renderRobots('https://x.org/sitemap.xml') // 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n'
 */
export function renderRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
