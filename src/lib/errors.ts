/**
 * Cascade's errors, in one file. Each has a stable name people can search for, a title, and
 * a message that says what happened and what to do. Values are formatted where thrown.
 */

import type { ProblemCode } from '../problems/catalogue.ts';

/** One thing wrong in the content, tied to the file and field an editor must change. */
export interface Problem {
  /** Its stable code in src/problems/catalogue.ts (docs/problems.md). */
  code: ProblemCode;
  /** Path from the project root, e.g. `content/reviews/child-q.mdx`. */
  file: string;
  /** Dotted field path, e.g. `recommendations[1].owners[0]`; empty for the whole file. */
  field: string;
  /** The file's line (and column) the problem is on, when it is in one place of the body. */
  line?: number;
  column?: number;
  /** What is wrong and what to do, in plain English. */
  message: string;
  /** Warnings are shown but do not stop the build. */
  severity: 'error' | 'warning';
}

export class CascadeError extends Error {
  override name = 'CascadeError';
  readonly title: string;
  readonly hint?: string;
  constructor(title: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.title = title;
    this.hint = options.hint;
  }
}

/** The content has problems; the build stops and lists every one. */
export class ContentValidationError extends CascadeError {
  override name = 'ContentValidationError';
  readonly problems: Problem[];
  constructor(problems: Problem[], report: string) {
    super('The content has problems', report, { hint: 'Fix each problem in the file named above it, then build again. Run `npm run check` to check without building.' });
    this.problems = problems;
  }
}

/** A colour pair in partnership.yaml is too faint to read. */
export class ContrastError extends CascadeError {
  override name = 'ContrastError';
}

/** A step Astro does not do (search index, cards, the swap of dist/) failed. */
export class BuildStepError extends CascadeError {
  override name = 'BuildStepError';
}

/**
 * A command-line mistake (unknown collection, bad or taken slug, invalid answer): the CLI
 * prints the usage and this message and exits 1. `code` is stable, for scripts and searches.
 */
export class CliUsageError extends CascadeError {
  override name = 'CliUsageError';
  readonly code: string;
  constructor(code: string, title: string, message: string, options: { hint?: string } = {}) {
    super(title, message, options);
    this.code = code;
  }
}

/** Pagefind could not build the search index; the build stops and dist/ stays as it was. */
export class SearchIndexError extends BuildStepError {
  override name = 'SearchIndexError';
}

/** A `CASCADE_CMS_*` setting for the web editor's sign-in is not one the build knows. */
export class CmsSettingsError extends CascadeError {
  override name = 'CmsSettingsError';
}
