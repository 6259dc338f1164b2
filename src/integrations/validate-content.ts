/**
 * Validates all content before Astro syncs its collections, so an editor sees every problem
 * at once in plain English instead of Astro stopping at the first invalid entry.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content/check-content.ts';
import { ContentValidationError } from '../lib/errors.ts';
import { formatProblems } from '../lib/checks/validation/index.ts';

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
