/**
 * After Astro has copied public/ into the output, removes the report files that must not
 * be online on the build date: withdrawn reports (by status or past `retainUntil`) and the
 * files of reviews not yet public. The review pages already read as withdrawn; this takes
 * the files themselves away, so an old link finds nothing.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveBuildDate } from '../lib/publication.ts';
import { filesToRemove, type ReviewFiles } from '../lib/retention.ts';
import { checkContent } from './validate-content.ts';

export function retireReportsIntegration(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'cascade:retire-reports',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { content } = await checkContent(options.contentDir);
        const reviews = content.entries.reviews.map((r) => r.data as unknown as ReviewFiles);
        const files = filesToRemove(reviews, resolveBuildDate(process.env));
        const outDir = fileURLToPath(dir);
        await Promise.all(files.map((href) => rm(path.join(outDir, decodeURIComponent(href)), { force: true })));
        if (files.length) logger.info(`Took ${files.length} report file${files.length === 1 ? '' : 's'} off the site (withdrawn or not yet public).`);
      },
    },
  };
}
