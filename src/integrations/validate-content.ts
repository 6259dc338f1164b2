/**
 * Validates all content before Astro syncs its collections, so an editor sees every problem
 * at once in plain English instead of Astro stopping at the first invalid entry.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentValidationError } from '../lib/errors.ts';
import { formatProblems, validateContent } from '../lib/validation/index.ts';
import { resolveBuildDate } from '../lib/publication.ts';
import { documentFactsFor } from './documents.ts';
import { readContent } from './read-content.ts';

/** Every document href the reviews name, read before validation so it can stay pure. */
function documentHrefs(raw: Awaited<ReturnType<typeof readContent>>): string[] {
  return raw.entries
    .filter((e) => e.collection === 'reviews')
    .flatMap((e) => ((e.data as { documents?: unknown })?.documents as { href?: unknown }[] | undefined) ?? [])
    .map((doc) => doc?.href)
    .filter((href): href is string => typeof href === 'string');
}

/**
 * Reads and validates all content as of the build date (CASCADE_BUILD_DATE or today).
 * @example const { errors } = await checkContent('content', { buildDate: '2026-11-22' })
 */
export async function checkContent(contentDir: string, options: { buildDate?: string } = {}) {
  const raw = await readContent(path.resolve(contentDir));
  const buildDate = options.buildDate ?? resolveBuildDate(process.env);
  const result = validateContent(raw, { buildDate, documents: await documentFactsFor(documentHrefs(raw)) });
  return { ...result, buildDate, errors: result.problems.filter((p) => p.severity === 'error') };
}

export function validateContentIntegration(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'cascade:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // scripts/build.ts has already validated and printed the report.
        if (process.env.CASCADE_VALIDATED === '1') return;
        const { problems, errors } = await checkContent(options.contentDir);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'dev' || errors.length === 0) {
          logger.warn(`\n${report}`);
          return;
        }
        throw new ContentValidationError(problems, report);
      },
    },
  };
}
