import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { orderAgencies, otherRecommendations, recordAgencies, recordAgency, type OwnedRecommendation } from './agencies.ts';

const police = FIXTURE.agencies.find((a) => a.id === 'police')!;

describe('recordAgency', () => {
  const record = recordAgency(FIXTURE, police);

  test('lists the recommendations the agency owns, overdue first and oldest due first', () => {
    // Police owns gamma R1 (due 2024-06-30, overdue), alpha R3 (due 2025-12-31, overdue)
    // and alpha R2, shared with the council (due 2025-12-31, complete late).
    expect(record.recommendations.map((r) => [r.review.id, r.recommendation.id, r.state])).toEqual([
      ['r-gamma', 'R1', 'overdue'],
      ['r-alpha', 'R3', 'overdue'],
      ['r-alpha', 'R2', 'complete-late'],
    ]);
    expect(record.recommendations[2]!.stateLabel).toBe('Complete late');
  });

  test('counts its overdue, on-time and late recommendations', () => {
    expect([record.overdue, record.completeOnTime, record.completeLate]).toEqual([2, 0, 1]);
  });

  test('lists the reviews the agency took part in, which need not be those it owns actions from', () => {
    // Police took part in alpha only, though it owns a recommendation of gamma.
    expect(record.reviews.map((r) => r.id)).toEqual(['r-alpha']);
  });
});

describe('recordAgency in a reporting year', () => {
  test('keeps only recommendations due and reviews published in the year', () => {
    // gamma R1 is due 2024-06-30, outside 2025/26; alpha R2 and R3 are due 2025-12-31.
    const year = recordAgency(FIXTURE, police, YEAR_2025);
    expect(year.recommendations.map((r) => `${r.review.id} ${r.recommendation.id}`)).toEqual(['r-alpha R3', 'r-alpha R2']);
    expect(year.overdue).toBe(1);
    expect(year.reviews.map((r) => r.id)).toEqual(['r-alpha']);
  });
});

describe('orderAgencies and recordAgencies', () => {
  test('put statutory partners first, then order by name', () => {
    expect(orderAgencies(FIXTURE.agencies).map((a) => a.id)).toEqual(['council', 'police', 'health']);
  });

  test('give every agency a record, including what the council owns: on time, late, and undated complete', () => {
    const council = recordAgencies(FIXTURE)[0]!;
    expect(council.recommendations.map((r) => `${r.review.id} ${r.recommendation.id} ${r.state}`)).toEqual([
      'r-beta R2 complete',
      'r-alpha R1 complete-on-time',
      'r-alpha R2 complete-late',
    ]);
    expect(council.reviews.map((r) => r.id)).toEqual(['r-alpha', 'r-beta']);
  });
});

describe('otherRecommendations', () => {
  const owned = (id: string, due: string, state: OwnedRecommendation['state']): OwnedRecommendation =>
    ({ review: { id: 'r', title: 'R' }, recommendation: { id, due } as OwnedRecommendation['recommendation'], state, stateLabel: state });
  test('leaves out the overdue ones and puts the open ones first, due soonest, then the closed ones, latest due first', () => {
    // As recordAgency gives them: overdue first, then by due date.
    const given = [owned('R1', '2024-01-01', 'overdue'), owned('R2', '2024-06-30', 'complete-on-time'), owned('R3', '2025-03-31', 'in-progress'), owned('R4', '2025-12-31', 'complete-late'), owned('R5', '2026-06-30', 'not-started'), owned('R6', '2026-09-30', 'in-progress')];
    expect(otherRecommendations(given).map((r) => r.recommendation.id)).toEqual(['R3', 'R5', 'R6', 'R4', 'R2']);
  });
});
