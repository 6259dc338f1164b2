import { describe, expect, test } from 'vitest';
import { FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { newsletterCarries, planDissemination, summariseDissemination } from './dissemination.ts';

// Each row as audience → "collection:id" of the methods that reached it.
const grid = (row: ReturnType<typeof planDissemination>[number]) =>
  Object.fromEntries(row.cells.map((c) => [c.audience, c.methods.map((m) => `${m.collection}:${m.id}`)]));

describe('planDissemination', () => {
  const plan = planDissemination(FIXTURE, null);
  const row = (id: string) => plan.find((r) => r.review.id === id)!;

  test('alpha reached the partnership and workforce by briefing one, the summer newsletter and the neglect course', () => {
    expect(grid(row('r-alpha'))).toEqual({
      partnership: ['briefings:b-one'],
      workforce: ['briefings:b-one', 'newsletters:n-summer', 'courses:c-neglect'],
      'children-families': [],
      public: [],
    });
    expect(row('r-alpha').gaps).toBe(2);
  });

  test('beta has no briefing: only the spring newsletter (published inside its period) reached anyone', () => {
    expect(grid(row('r-beta'))).toEqual({ partnership: [], workforce: ['newsletters:n-spring'], 'children-families': [], public: [] });
    expect(row('r-beta').gaps).toBe(3);
  });

  test('gamma reached the public by podcast and the workforce through the newsletter that featured it', () => {
    expect(grid(row('r-gamma'))).toEqual({ partnership: [], workforce: ['newsletters:n-spring'], 'children-families': [], public: ['briefings:b-two'] });
    expect(row('r-gamma').cells.find((c) => c.audience === 'public')!.methods[0]!.kind).toBe('Podcast');
  });

  test('in a year, plans only the reviews published in it', () => {
    expect(planDissemination(FIXTURE, YEAR_2025).map((r) => r.review.id)).toEqual(['r-alpha', 'r-beta']);
  });
});

describe('summariseDissemination', () => {
  test('adds up the plan: audiences reached, methods used once per review, and gaps', () => {
    // From the three rows above: alpha reached partnership and workforce, beta workforce,
    // gamma workforce and public; the spring newsletter carried two reviews, summer one.
    expect(summariseDissemination(planDissemination(FIXTURE, null))).toEqual({
      reviews: 3,
      audiences: [
        { audience: 'partnership', reached: 1 },
        { audience: 'workforce', reached: 3 },
        { audience: 'children-families', reached: 0 },
        { audience: 'public', reached: 1 },
      ],
      methods: [
        { kind: 'Newsletter', count: 3 },
        { kind: '7-minute briefing', count: 1 },
        { kind: 'Course', count: 1 },
        { kind: 'Podcast', count: 1 },
      ],
      gaps: 7,
    });
  });
});

describe('newsletterCarries', () => {
  const period = { from: '2025-06-01', to: '2025-08-31' };
  test.each([
    ['a review published inside the period', { period, featured: [] }, '2025-06-01', true],
    ['a review published after the period', { period, featured: [] }, '2025-09-01', false],
    ['a featured review from long before', { period, featured: [{ collection: 'reviews' as const, slug: 'r' }] }, '2020-01-01', true],
    ['a featured briefing of the same slug', { period, featured: [{ collection: 'briefings' as const, slug: 'r' }] }, '2020-01-01', false],
  ])('carries %s: %s', (_name, newsletter, published, expected) => {
    expect(newsletterCarries(newsletter, 'r', published)).toBe(expected);
  });
});
