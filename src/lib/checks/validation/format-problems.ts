import type { Problem } from '../../errors.ts';

/** `field: `, `body, line 12, column 4: ` — where in the file to look. */
function where(p: Problem): string {
  const line = p.line ? `line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
  const place = [p.field, line].filter(Boolean).join(', ');
  return place ? `${place}: ` : '';
}

/**
 * The report an editor reads: problems grouped by file, one line per field.
 * @example formatProblems([{ file: 'content/reviews/a.mdx', field: 'kind', message: 'is "x"…', severity: 'error' }])
 */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const blocks = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => [file, ...list.map((p) => `  ${p.severity === 'warning' ? 'warning: ' : ''}${where(p)}${p.message}`)].join('\n'));
  const counts = [errors && `${errors} problem${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
  return `${blocks.join('\n\n')}\n\n${counts} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}.`;
}
