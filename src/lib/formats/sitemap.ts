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

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

/** The protocol's limits on one sitemap file: 50,000 addresses and 50 MB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

const urlset = (entries: readonly string[]) => [HEAD, `<urlset xmlns="${XMLNS}">`, ...entries, '</urlset>', ''].join('\n');

/**
 * The sitemap document (sitemaps.org protocol), addresses sorted for a stable file.
 * @example renderSitemap(['https://x.org/']).includes('<loc>https://x.org/</loc>') // true
 */
export function renderSitemap(urls: readonly string[]): string {
  return urlset([...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`));
}

/**
 * The sitemap files to write at the site's root. Within the protocol's limits that is one
 * `sitemap.xml`; past them, the addresses (sorted) are split into `sitemap-1.xml`,
 * `sitemap-2.xml`… each within the limits, and `sitemap.xml` becomes the sitemap index
 * naming them, so robots.txt and search consoles keep the one address.
 * @example splitSitemap(['https://x.org/a/', 'https://x.org/b/'], 'https://x.org/', { urls: 1, bytes: 1e6 }).map((f) => f.name) // ['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']
 */
export function splitSitemap(urls: readonly string[], root: string, limits = SITEMAP_LIMITS): { name: string; xml: string }[] {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  const overhead = Buffer.byteLength(urlset([]));
  const chunks: string[][] = [[]];
  let bytes = overhead;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry) + 1;
    const chunk = chunks.at(-1)!;
    if (chunk.length > 0 && (chunk.length >= limits.urls || bytes + size > limits.bytes)) {
      chunks.push([entry]);
      bytes = overhead + size;
    } else {
      chunk.push(entry);
      bytes += size;
    }
  }
  if (chunks.length === 1) return [{ name: 'sitemap.xml', xml: urlset(chunks[0]!) }];
  const parts = chunks.map((chunk, i) => ({ name: `sitemap-${i + 1}.xml`, xml: urlset(chunk) }));
  const index = [HEAD, `<sitemapindex xmlns="${XMLNS}">`, ...parts.map((p) => `  <sitemap><loc>${escapeXml(new URL(p.name, root).href)}</loc></sitemap>`), '</sitemapindex>', ''].join('\n');
  return [{ name: 'sitemap.xml', xml: index }, ...parts];
}

/**
 * robots.txt: everything may be crawled; the sitemap says what is there.
 * @example renderRobots('https://x.org/sitemap.xml') // 'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n'
 */
export function renderRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
