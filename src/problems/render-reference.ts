import { PROBLEMS } from './catalogue.ts';

/**
 * docs/problems.md: every problem code with its title and hint, for editors and for tools
 * that read `npm run check -- --json`.
 * @example renderProblemReference().startsWith('# Problems') // true
 */
export function renderProblemReference(): string {
  const rows = Object.entries(PROBLEMS).map(([code, spec]) => `| \`${code}\` | ${spec.title} | ${spec.hint.replace(/\|/g, '\\|')} |`);
  return [
    '# Problems',
    '',
    '<!-- Generated from src/problems/catalogue.ts by `npm run generate`. Do not edit by hand. -->',
    '',
    'Every problem `npm run check` and the build report has one of these codes. A code never',
    'changes, so a tool reading `npm run --silent check -- --json` can rely on it; the message',
    'beside it names the file, the field or line, the value found and what to do.',
    '',
    '| Code | Title | What it protects, and where to read more |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
