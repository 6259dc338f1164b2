import type { Problem } from '../../errors.ts';
import { fieldPath } from '../../../content/yaml-source.ts';
import type { RawContent } from './index.ts';

/**
 * Gives each problem about a field the line of the file that field is on, so an editor goes
 * straight to it (a missing field gets its parent's line, or none).
 * @example withLines([{ file: 'a.mdx', field: 'themes[1]', … }], raw)[0].line // 12
 */
export function withLines(problems: Problem[], raw: RawContent): Problem[] {
  const lineOf = new Map([...raw.entries, ...raw.dataFiles].filter((f) => f.lineOf).map((f) => [f.file, f.lineOf!]));
  return problems.map((p) => {
    if (p.line !== undefined || !p.field) return p;
    const line = lineOf.get(p.file)?.(fieldPath(p.field));
    return line === undefined ? p : { ...p, line };
  });
}
