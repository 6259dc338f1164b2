/**
 * A small partnership whose every figure is worked out by hand in the tests beside it.
 * Reporting year 2025 runs 2025-04-01..2026-03-31 (April start); the build runs 2026-01-15.
 *
 * reviews      kind          published   recommendations (owners, due, status → state on 2026-01-15)
 * r-alpha      lcspr         2025-06-10  R1 council 2025-09-30 complete 2025-09-01 → on time (impact)
 *                                        R2 council+police 2025-12-31 complete 2026-01-10 → late
 *                                        R3 police 2025-12-31 in-progress → overdue
 *                                        R4 health 2026-06-30 not-started → not started
 * r-beta       rapid-review  2025-05-01  R1 health 2025-08-31 not-achieved
 *                                        R2 council 2024-12-31 complete, no date → complete
 * r-gamma      lcspr         2024-02-01  R1 police 2024-06-30 in-progress → overdue (impact)
 */
import { buildCrossIndex } from '../cross-index.ts';
import type { Keyed } from '../cross-index.ts';
import type { BriefingFacts, CourseFacts, ImpactInput, PriorityFacts, ReviewFacts } from './_types.ts';

export const BUILD_DATE = '2026-01-15';
export const YEAR_2025 = { from: '2025-04-01', to: '2026-03-31' };

const rec = (id: string, owners: string[], due: string, status: 'not-started' | 'in-progress' | 'complete' | 'not-achieved', extra = {}) => ({ id, text: `${id} text`, owners, due, status, updates: [], ...extra });

const reviews: Keyed<ReviewFacts>[] = [
  {
    id: 'r-alpha',
    data: {
      title: 'Alpha', kind: 'lcspr' as const, published: '2025-06-10', agencies: ['police', 'council'],
      // Rapid review: 14 working days (5–8, 11–15, 18–22 Nov) → within. Report due 2025-07-06 → within.
      timeline: { notified: '2024-11-04', rapidReview: '2024-11-22', started: '2025-01-06', completed: '2025-06-30' },
      recommendations: [
        rec('R1', ['council'], '2025-09-30', 'complete', { completed: '2025-09-01', impact: 'Fewer missed visits.' }),
        rec('R2', ['council', 'police'], '2025-12-31', 'complete', { completed: '2026-01-10' }),
        rec('R3', ['police'], '2025-12-31', 'in-progress'),
        rec('R4', ['health'], '2026-06-30', 'not-started'),
      ],
    },
  },
  {
    id: 'r-beta',
    data: {
      title: 'Beta', kind: 'rapid-review' as const, published: '2025-05-01', agencies: ['council'],
      // 24 working days from 3 March to 4 April 2025 → outside the 15-day target.
      timeline: { notified: '2025-03-03', rapidReview: '2025-04-04' },
      recommendations: [rec('R1', ['health'], '2025-08-31', 'not-achieved'), rec('R2', ['council'], '2024-12-31', 'complete')],
    },
  },
  {
    id: 'r-gamma',
    data: {
      title: 'Gamma', kind: 'lcspr' as const, published: '2024-02-01', agencies: ['health'],
      // Report due 2023-07-09, completed 2023-09-01 → outside.
      timeline: { started: '2023-01-09', completed: '2023-09-01' },
      recommendations: [rec('R1', ['police'], '2024-06-30', 'in-progress', { impact: 'Police now share names.' })],
    },
  },
];

const briefings: Keyed<BriefingFacts>[] = [
  { id: 'b-one', data: { title: 'One', format: 'seven-minute' as const, published: '2025-07-01', audiences: ['workforce' as const, 'partnership' as const], sources: ['r-alpha'], courses: ['c-neglect'] } },
  { id: 'b-two', data: { title: 'Two', format: 'podcast' as const, published: '2024-03-01', audiences: ['public' as const], sources: ['r-gamma'], courses: [] } },
  { id: 'b-three', data: { title: 'Three', format: 'seven-minute' as const, published: '2025-08-01', audiences: ['workforce' as const], sources: [], courses: [] } },
];

const courses: Keyed<CourseFacts>[] = [
  {
    id: 'c-neglect',
    data: {
      title: 'Neglect', priorities: ['p-neglect'],
      sessions: [{ date: '2025-05-01', location: 'A', online: false, full: false }, { date: '2025-10-01', location: 'A', online: false, full: false }, { date: '2026-02-01', location: 'A', online: false, full: false }],
      evaluation: { reaction: 90, learning: 80, behaviour: 70, responses: 100, results: 'Re-audit found better plans.' },
    },
  },
  { id: 'c-intro', data: { title: 'Intro', priorities: [], sessions: [{ date: '2024-06-01', location: 'B', online: false, full: false }], evaluation: { reaction: 80, learning: 70, responses: 20 } } },
];

const priorities: Keyed<PriorityFacts>[] = [
  { id: 'p-neglect', data: { title: 'Neglect', status: 'current' as const } },
  { id: 'p-exploitation', data: { title: 'Exploitation', status: 'current' as const } },
];

const newsletters = [
  // Carries r-alpha: published 2025-06-10, inside the period.
  { id: 'n-summer', data: { title: 'Summer', published: '2025-09-01', period: { from: '2025-06-01', to: '2025-08-31' }, featured: [] } },
  // Carries r-beta (published inside the period) and r-gamma (featured).
  { id: 'n-spring', data: { title: 'Spring', published: '2025-06-01', period: { from: '2025-03-01', to: '2025-05-31' }, featured: [{ collection: 'reviews' as const, slug: 'r-gamma' }] } },
];

const agencies = [
  { id: 'health', name: 'Health Trust', type: 'relevant-agency' as const },
  { id: 'police', name: 'Police', type: 'statutory-partner' as const },
  { id: 'council', name: 'Council', type: 'statutory-partner' as const },
];

const tagged = <T extends object>(list: Keyed<T>[]) =>
  list.map((e) => ({ id: e.id, data: { themes: [], priorities: [], agencies: [], sectors: [], sources: [], courses: [], prerequisites: [], ...e.data } }));

/** The fixture as `buildImpactReport` and the figure functions take it. */
export const FIXTURE: ImpactInput = {
  buildDate: BUILD_DATE,
  reviews,
  briefings,
  courses,
  priorities,
  newsletters,
  agencies,
  index: buildCrossIndex({ reviews: tagged(reviews), briefings: tagged(briefings), courses: tagged(courses), priorities: tagged(priorities), agencies }),
};
