/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…::message`), so a pull
 * request opened by the web editor shows each one on the file and line it is about, in the
 * words `npm run check` uses. See GitHub's "Workflow commands for GitHub Actions".
 */
import type { Problem } from '../errors.ts';

/** A message may hold any text; GitHub reads `%`, CR and LF specially in it. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value also ends at `,` and `:`. */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One workflow command per problem: errors as `::error`, warnings as `::warning`; the title
 * names the field and the problem's code (docs/problems.md), so the annotation reads
 * "kind (field-value-not-allowed)" over the message.
 * @example githubAnnotationOf({ code: 'field-value-not-allowed', file: 'content/reviews/a.mdx', field: 'kind', line: 7, message: 'is "x"', severity: 'error' })
 * // '::error file=content/reviews/a.mdx,line=7,title=kind (field-value-not-allowed)::is "x"'
 */
export function githubAnnotationOf(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line !== undefined ? [`line=${problem.line}`] : []),
    ...(problem.line !== undefined && problem.column !== undefined ? [`col=${problem.column}`] : []),
    `title=${escapeProperty(`${problem.field || 'The whole file'} (${problem.code})`)}`,
  ];
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/**
 * All problems as workflow commands, one a line, file paths made relative to `root` (the
 * checkout), which is how GitHub matches them to the pull request's files.
 * @example githubAnnotationsOf(problems, process.cwd())
 */
export function githubAnnotationsOf(problems: readonly Problem[], root: string): string {
  return problems.map((p) => githubAnnotationOf({ ...p, file: relativeTo(root, p.file) })).join('\n');
}

function relativeTo(root: string, file: string): string {
  const base = root.replace(/\\/g, '/').replace(/\/?$/, '/');
  const normal = file.replace(/\\/g, '/');
  return normal.startsWith(base) ? normal.slice(base.length) : normal;
}
