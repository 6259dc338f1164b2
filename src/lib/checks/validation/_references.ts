import type { Problem } from '../../errors.ts';
import { suggestClosest } from '../../authoring/suggest.ts';
import { formatFieldPath } from './_zod-issues.ts';

/** A field that names other entries or ids, and where the valid ones are listed. */
export interface ReferenceRule {
  /** Path to the value(s); `*` walks every item of a list. */
  path: readonly (string | '*')[];
  /** Which set of ids the value must be in. */
  target: string;
  /** How an editor finds the valid values, e.g. "a file in content/reviews/". */
  where: string;
}

function collect(data: unknown, path: readonly (string | '*')[], at: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (path.length === 0) return [{ path: at, value: data }];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => collect(item, rest, [...at, i])) : [];
  const next = (data as Record<string, unknown>)[head as string];
  return next === undefined ? [] : collect(next, rest, [...at, head as string]);
}

/**
 * Every reference in `data` that names an id missing from its target set, as problems that
 * name the missing id and the closest valid ones.
 * @example checkReferences('content/courses/a.mdx', { prerequisites: ['b'] }, [{ path: ['prerequisites', '*'], target: 'courses', where: 'content/courses/' }], { courses: new Set(['c']) })
 */
export function checkReferences(file: string, data: unknown, rules: readonly ReferenceRule[], ids: Readonly<Record<string, ReadonlySet<string>>>): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const valid = ids[rule.target] ?? new Set<string>();
    for (const { path, value } of collect(data, rule.path)) {
      if (typeof value !== 'string' || valid.has(value)) continue;
      const close = suggestClosest(value, [...valid]);
      const mean = close.length ? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : `Valid values are in ${rule.where}.`;
      problems.push({ code: 'reference-unknown', file, field: formatFieldPath(path), message: `"${value}" does not match any ${rule.where}. ${mean}`, severity: 'error' });
    }
  }
  return problems;
}
