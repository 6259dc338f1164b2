import type { Problem } from '../../errors.ts';
import type { RawEntry } from './index.ts';

const DRAFT_NOTE = 'This entry is a draft, so the site was built without it; fix this before you publish it.';

/**
 * Turns every error in a draft's file into a warning. A draft never reaches the site (the
 * content loader leaves it out), so a half-written one must not stop the build that
 * releases everyone else's work, including the day's embargoed entries.
 * @example demoteDraftProblems([{ file: 'd.mdx', severity: 'error', … }], [{ file: 'd.mdx', draft: true, … }])[0].severity // 'warning'
 */
export function demoteDraftProblems(problems: Problem[], entries: readonly RawEntry[]): Problem[] {
  const drafts = new Set(entries.filter((e) => e.draft).map((e) => e.file));
  if (drafts.size === 0) return problems;
  return problems.map((p) => (p.severity === 'error' && drafts.has(p.file) ? { ...p, severity: 'warning', message: `${p.message} ${DRAFT_NOTE}` } : p));
}
