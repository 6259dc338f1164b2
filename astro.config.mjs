// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import { adminIntegration } from './src/integrations/admin.ts';
import { buildTimingsIntegration } from './src/integrations/build-timings.ts';
import { neighboursIntegration } from './src/integrations/neighbours.ts';
import { prerenderIntegration } from './src/integrations/prerender.ts';
import { previewModeIntegration } from './src/integrations/preview-mode.ts';
import { checkOutputIntegration } from './src/integrations/check-output.ts';
import { publishDocumentsIntegration } from './src/integrations/publish-documents.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';

const contentDir = process.env.CASCADE_CONTENT ?? './content';

/** The site address comes from partnership.yaml, so a fork changes it in one place. */
function siteUrl() {
  try {
    return parse(readFileSync(`${contentDir}/partnership.yaml`, 'utf8'))?.siteUrl;
  } catch {
    return undefined; // the content validator reports the missing file with a clear message
  }
}

export default defineConfig({
  site: siteUrl(),
  // CASCADE_CACHE_DIR keeps separate content folders (benchmarks, tests) from sharing a cache.
  ...(process.env.CASCADE_CACHE_DIR ? { cacheDir: process.env.CASCADE_CACHE_DIR } : {}),
  // CASCADE_BASE serves the site from a sub-path, e.g. /cascade/ on GitHub Pages.
  base: process.env.CASCADE_BASE ?? '/',
  // Only the site's own files (the Exit this page script) are copied as they are. Documents in
  // public/ (CASCADE_PUBLIC) are not: publish-documents copies in exactly those a public review
  // links to, so an unpublished report never reaches the output, even for a moment.
  publicDir: process.env.CASCADE_STATIC ?? './static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  experimental: {
    // Pages return a cacheKey from getStaticPaths (src/lib/cache-key.ts): an unchanged page is
    // reused from the last build instead of rendered again.
    incrementalBuild: true,
    // Writes .astro/collections/*.schema.json and the file-to-collection manifest that the Astro
    // VS Code extension uses to check frontmatter as an editor types (see README, VS Code).
    contentIntellisense: true,
  },
  // remark-gfm (tables, task lists, autolinks) is applied explicitly, so the built-in copy is off.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false }) },
  vite: {
    build: {
      // Never inline: a small processed <script> would otherwise land inline in the page, where
      // the strict Content-Security-Policy (src/lib/formats/csp.ts) blocks it. Files are allowed by 'self'.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's own head-injection directive; the bundler's notice about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // build-timings stays last so its build:done hook sees every other step's time.
  // publish-documents copies the public reviews' documents before the search index reads them;
  // check-output checks the finished files, so it follows every step that writes any.
  integrations: [
    validateContentIntegration({ contentDir }),
    prerenderIntegration({ contentDir }),
    previewModeIntegration(),
    neighboursIntegration({ contentDir }),
    mdx(),
    adminIntegration({ contentDir }),
    publishDocumentsIntegration({ contentDir }),
    searchIndexIntegration({ contentDir }),
    sitemapIntegration(),
    checkOutputIntegration({ contentDir }),
    buildTimingsIntegration(),
  ],
});
