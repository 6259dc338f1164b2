import { describe, expect, it } from 'vitest';
import { checkChecklist, missingChecks } from './checklist.ts';

const all = { familyInformed: true, panelSent: true, proceedingsClear: true };

describe('the pre-publication checklist', () => {
  it.each([
    ['a published report with every check', { report: 'published', checks: all }, []],
    ['a published report waiting on proceedings', { report: 'published', checks: { ...all, proceedingsClear: false } }, ['proceedingsClear']],
    ['a review with no checks at all', { report: 'published' }, ['familyInformed', 'panelSent', 'proceedingsClear']],
    ['a delayed report waiting on proceedings', { report: 'delayed', checks: { ...all, proceedingsClear: false } }, []],
    ['a delayed report whose family is not yet told', { report: 'delayed', checks: { ...all, familyInformed: false } }, ['familyInformed']],
  ])('%s misses %j', (_, review, expected) => {
    expect(missingChecks(review)).toEqual(expected);
  });

  it('asks nothing when the partnership has it off', () => {
    expect(checkChecklist('f.mdx', { report: 'published' }, false)).toEqual([]);
  });

  it('names the missing check and how to fix it', () => {
    const [problem] = checkChecklist('content/reviews/q.mdx', { report: 'published', checks: { ...all, panelSent: false } }, true);
    expect(problem).toMatchObject({ file: 'content/reviews/q.mdx', field: 'checks.panelSent', severity: 'error' });
    expect(problem!.message).toContain('the report has been sent to the national Panel');
    expect(problem!.message).toContain('checklist: true in content/partnership.yaml');
  });

  it('offers the whole checks block when it is missing', () => {
    const [problem] = checkChecklist('f.mdx', { report: 'published' }, true);
    expect(problem!.message).toContain('checks: { familyInformed: true, panelSent: true, proceedingsClear: true }');
  });
});
