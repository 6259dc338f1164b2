import { describe, expect, test } from 'vitest';
import { buildCrossIndex } from './cross-index.ts';

const tags = { themes: [] as string[], priorities: [] as string[] };
const review = (id: string, extra: Partial<{ themes: string[]; priorities: string[]; agencies: string[] }> = {}) => ({ id, data: { ...tags, agencies: [], ...extra } });
const briefing = (id: string, extra: Partial<{ sources: string[]; courses: string[]; sectors: string[]; priorities: string[] }> = {}) => ({ id, data: { ...tags, sectors: [], sources: [], courses: [], ...extra } });
const course = (id: string, extra: Partial<{ prerequisites: string[]; priorities: string[]; sectors: string[]; themes: string[] }> = {}) => ({ id, data: { ...tags, sectors: [], prerequisites: [], ...extra } });

// Only public entries are passed in; `ghost` stands for an unpublished entry.
const index = buildCrossIndex({
  reviews: [review('child-a', { agencies: ['police'], priorities: ['neglect'] }), review('child-b', { themes: ['neglect'] })],
  briefings: [
    briefing('a-7min', { sources: ['child-a', 'ghost'], courses: ['neglect-core', 'ghost'], sectors: ['health'] }),
    briefing('a-summary', { sources: ['child-a'], courses: ['neglect-core'], priorities: ['neglect'] }),
  ],
  courses: [course('basics'), course('neglect-core', { prerequisites: ['basics', 'ghost'], priorities: ['neglect'], themes: ['neglect'] })],
  priorities: [{ id: 'neglect', data: { themes: ['neglect'] } }],
  agencies: [{ id: 'police', sector: 'police' }],
});

describe('buildCrossIndex', () => {
  test('a review lists the briefings that name it and the courses they point to, once each', () => {
    expect(index.briefingsFromReview('child-a').map((b) => b.id)).toEqual(['a-7min', 'a-summary']);
    expect(index.coursesFromReview('child-a').map((c) => c.id)).toEqual(['neglect-core']);
    expect(index.briefingsFromReview('child-b')).toEqual([]);
  });
  test('links to unpublished entries are simply absent', () => {
    expect(index.sourcesOfBriefing('a-7min').map((r) => r.id)).toEqual(['child-a']);
    expect(index.coursesOfBriefing('a-7min').map((c) => c.id)).toEqual(['neglect-core']);
    expect(index.prerequisitesOf('neglect-core').map((c) => c.id)).toEqual(['basics']);
  });
  test('a course knows what it leads to', () => {
    expect(index.leadsTo('basics').map((c) => c.id)).toEqual(['neglect-core']);
  });
  test('a priority gathers every review, briefing and course that names it', () => {
    const gathered = index.byPriority('neglect');
    expect([gathered.reviews, gathered.briefings, gathered.courses].map((l) => l.map((e) => e.id))).toEqual([['child-a'], ['a-summary'], ['neglect-core']]);
  });
  test('a theme gathers across content types, priorities included', () => {
    const gathered = index.byTheme('neglect');
    expect(gathered.reviews.map((e) => e.id)).toEqual(['child-b']);
    expect(gathered.courses.map((e) => e.id)).toEqual(['neglect-core']);
    expect(gathered.priorities.map((e) => e.id)).toEqual(['neglect']);
  });
  test('a sector pathway takes reviews through the sector of the agencies involved', () => {
    expect(index.bySector('police').reviews.map((e) => e.id)).toEqual(['child-a']);
    expect(index.bySector('health').briefings.map((e) => e.id)).toEqual(['a-7min']);
  });
});
