/**
 * Writes sitemap.xml once the site is built, from the pages Astro wrote: only what was
 * built (so only public pages) and only pages that are their own canonical address. Past
 * the protocol's 50,000 addresses, sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml…
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isSitemapPage, splitSitemap } from '../lib/formats/sitemap.ts';
import { withBase } from '../lib/urls.ts';

export function sitemapIntegration(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'cascade:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        if (!site) {
          logger.warn('No site address (partnership.yaml siteUrl), so no sitemap.xml was written.');
          return;
        }
        const outDir = fileURLToPath(dir);
        const urls: string[] = [];
        for (const { pathname } of pages) {
          const file = path.join(outDir, pathname, 'index.html');
          if (!existsSync(file)) continue; // endpoints (feeds, data, cards) are not pages
          const url = new URL(withBase(base, pathname), site).href;
          if (isSitemapPage(pathname, readFileSync(file, 'utf8'), url)) urls.push(url);
        }
        const files = splitSitemap(urls, new URL(base, site).href);
        for (const { name, xml } of files) writeFileSync(path.join(outDir, name), xml);
        logger.info(`sitemap.xml lists ${urls.length} pages${files.length > 1 ? ` in ${files.length - 1} files` : ''}`);
      },
    },
  };
}
