/**
 * The pre-publication checklist. When a partnership turns it on (`checklist: true` in
 * partnership.yaml), a review cannot be public until the family has been told and the
 * national Panel has the report; one whose report goes online also needs parallel
 * proceedings to be clear. A review whose report is delayed or not published shows only
 * the learning, so waiting for proceedings does not hold that back.
 */
import type { Problem } from '../errors.ts';

export const CHECKS = {
  familyInformed: 'the family has been told the review will be published',
  panelSent: 'the report has been sent to the national Panel',
  proceedingsClear: 'no parallel proceedings stand in the way',
} as const;

export type CheckName = keyof typeof CHECKS;

export interface Checked {
  report: string;
  checks?: Partial<Record<CheckName, boolean>>;
}

/**
 * The checks a review still needs before it may be public.
 * @example missingChecks({ report: 'published', checks: { familyInformed: true, panelSent: true } }) // ['proceedingsClear']
 */
export function missingChecks(review: Checked): CheckName[] {
  const needed: CheckName[] = review.report === 'published' ? ['familyInformed', 'panelSent', 'proceedingsClear'] : ['familyInformed', 'panelSent'];
  return needed.filter((name) => review.checks?.[name] !== true);
}

/**
 * Problems for a review that is public while the checklist is on and a check is missing.
 * @example checkChecklist('content/reviews/q.mdx', { report: 'published' }, true)[0].field // 'checks'
 */
export function checkChecklist(file: string, review: Checked, enabled: boolean): Problem[] {
  if (!enabled) return [];
  const missing = missingChecks(review);
  if (missing.length === 0) return [];
  const how = 'Keep the review off the site until then (draft: true or a later published date), or set the check to true once it is done.';
  if (!review.checks) {
    return [
      {
        code: 'checklist-incomplete',
        file,
        field: 'checks',
        message: `is missing. The partnership's pre-publication checklist is on (checklist: true in content/partnership.yaml), so this review cannot be public until ${missing.map((name) => CHECKS[name]).join('; ')}. Add checks: { ${missing.map((name) => `${name}: true`).join(', ')} } when each is done. ${how}`,
        severity: 'error',
      },
    ];
  }
  return missing.map((name) => ({
    code: 'checklist-incomplete' as const,
    file,
    field: `checks.${name}`,
    message: `is ${review.checks?.[name] ?? 'not set'}, but the pre-publication checklist is on (checklist: true in content/partnership.yaml): this review cannot be public until ${CHECKS[name]}. ${how}`,
    severity: 'error' as const,
  }));
}
