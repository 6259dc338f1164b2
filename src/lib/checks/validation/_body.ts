import { renderBody } from '../../body/index.ts';
import type { Problem } from '../../errors.ts';
import type { RawEntry } from './index.ts';

/**
 * A body's problems (code, HTML outside the allow-list, unsafe addresses), each on the line
 * of the file where the editor will find it.
 * @example checkBody({ file: 'content/reviews/a.mdx', body: '{x}', bodyLine: 9, … })[0] // { field: 'body', line: 9, column: 1, … }
 */
export function checkBody(entry: RawEntry): Problem[] {
  const offset = (entry.bodyLine ?? 1) - 1;
  return renderBody(entry.body).problems.map((p) => ({
    code: p.code,
    file: entry.file,
    field: 'body',
    line: p.line + offset,
    column: p.column,
    message: p.message,
    severity: 'error' as const,
  }));
}
