import { describe, expect, test } from 'vitest';
import { asAtDate, inputAsAt } from './as-at.ts';
import { describeChange, listOverdue, overdueHeadline } from './overdue.ts';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import type { ImpactInput } from './_types.ts';

// The fixture (see tests/fixtures/impact-partnership.ts) plus one review whose recommendation straddles the end of the
// 2025/26 reporting year: due 28 February 2026, completed 20 April 2026, in 2026/27.
const straddling: ImpactInput = {
  ...FIXTURE,
  reviews: [
    ...FIXTURE.reviews,
    {
      id: 'r-delta',
      data: {
        title: 'Delta', kind: 'learning-review', published: '2025-04-10', agencies: [],
        recommendations: [
          {
            id: 'R1', text: 'Delta R1 text', owners: ['council', 'nobody-known'], due: '2026-02-28', status: 'complete', completed: '2026-04-20',
            updates: [{ date: '2026-04-20', note: 'Done.' }, { date: '2026-03-10', note: 'Draft agreed.' }, { date: '2026-01-05', note: 'Started.' }],
          },
        ],
      },
    },
  ],
};

describe('asAtDate', () => {
  test.each([
    [YEAR_2025, '2026-11-22', '2026-03-31', 'a past year is judged on its last day'],
    [YEAR_2025, '2026-01-15', '2026-01-15', 'the current year is judged on the build date'],
    [YEAR_2025, '2026-03-31', '2026-03-31', 'on the last day itself, both are the same day'],
  ])('%o built on %s is judged at %s (%s)', (range, build, expected) => {
    expect(asAtDate(range, build)).toBe(expected);
  });
});

describe('the as-at rule across the end of the 2025/26 reporting year', () => {
  test('on the year’s last day, a recommendation completed in April was overdue, 31 days', () => {
    const items = listOverdue(inputAsAt(straddling, '2026-03-31'));
    // Worked by hand: gamma R1 due 2024-06-30 → 639 days; alpha R3 due 2025-12-31 → 90 days;
    // delta R1 due 2026-02-28, completed only on 2026-04-20 → 31 days. Alpha R2 was completed
    // on 2026-01-10, before the year's end, so it is not overdue.
    expect(items.map((i) => [i.review.id, i.reference, i.daysOverdue])).toEqual([
      ['r-gamma', 'R1', 639],
      ['r-alpha', 'R3', 90],
      ['r-delta', 'R1', 31],
    ]);
  });

  test('the day after it was completed, in the next year, it is no longer overdue', () => {
    const items = listOverdue(inputAsAt(straddling, '2026-04-21'));
    expect(items.map((i) => `${i.review.id} ${i.reference}`)).toEqual(['r-gamma R1', 'r-alpha R3']);
  });

  test('the latest update is the newest one dated on or before the as-at day', () => {
    const delta = listOverdue(inputAsAt(straddling, '2026-03-31')).find((i) => i.review.id === 'r-delta')!;
    expect(delta.latestUpdate).toEqual({ date: '2026-03-10', note: 'Draft agreed.' });
    expect(delta.owners).toEqual([{ id: 'council', name: 'Council' }, { id: 'nobody-known', name: 'nobody-known' }]);
  });

  test('the headline for 2025/26, read after the year ended, counts at its end and compares with the end of 2024/25', () => {
    const late = { ...straddling, buildDate: '2026-11-22' };
    const headline = overdueHeadline(late, asAtDate(YEAR_2025, late.buildDate), '2025-03-31');
    // Open on 2026-03-31: gamma R1, alpha R3, alpha R4 (due June 2026), delta R1 → 4.
    expect(headline).toMatchObject({ asAt: '2026-03-31', open: 4 });
    expect(headline.overdue).toHaveLength(3);
    // On 2025-03-31: gamma R1 overdue (274 days); alpha R1–R4 open, not yet due; delta R1 open,
    // not yet due. Beta R2 was complete (no date), beta R1 not achieved: closed.
    expect(headline.previous).toEqual({ asAt: '2025-03-31', overdue: 1, open: 6 });
  });

  test('the current year is judged at the build date', () => {
    const headline = overdueHeadline(straddling, asAtDate(YEAR_2025, straddling.buildDate), null);
    // 2026-01-15: gamma R1 564 days; alpha R3 15 days; delta R1 not due till February.
    expect(headline.overdue.map((i) => i.daysOverdue)).toEqual([564, 15]);
    expect(headline.previous).toBeNull();
  });

  test('an agency sees only the overdue recommendations it owns', () => {
    expect(listOverdue(inputAsAt(straddling, '2026-03-31'), 'council').map((i) => i.review.id)).toEqual(['r-delta']);
    expect(overdueHeadline(straddling, '2026-03-31', null, 'police').overdue.map((i) => i.review.id)).toEqual(['r-gamma', 'r-alpha']);
  });

  test('a briefing published after the day has not yet carried a review’s learning', () => {
    expect(inputAsAt(FIXTURE, '2025-06-30').index.briefingsFromReview('r-alpha')).toEqual([]);
    expect(inputAsAt(FIXTURE, '2025-07-01').index.briefingsFromReview('r-alpha').map((b) => b.id)).toEqual(['b-one']);
  });
});

describe('describeChange', () => {
  test.each([
    [12, 15, '3 fewer than'],
    [16, 15, '1 more than'],
    [4, 4, 'the same as'],
  ])('%i now against %i before reads “%s”', (now, before, expected) => {
    expect(describeChange(now, before)).toBe(expected);
  });
});
