import { describe, expect, test } from 'vitest';
import { gatherIssue, isEmptyIssue, issueSections, SESSION_WEEKS, type IssueSources } from './newsletter.ts';

const entry = (id: string, published: string | undefined) => ({ id, data: { title: `Title of ${id}`, summary: `Summary of ${id}.`, published } });
const course = (id: string, published: string, dates: string[]) => ({
  id,
  data: { ...entry(id, published).data, published, sessions: dates.map((date) => ({ date, location: 'Civic Centre' })) },
});

// Autumn issue: period 1 Aug – 31 Oct 2026, so sessions from 1 Nov to 12 Dec.
const PERIOD = { from: '2026-08-01', to: '2026-10-31' };
const sources: IssueSources = {
  reviews: [
    entry('before-period', '2026-07-31'),
    entry('first-day', '2026-08-01'),
    entry('last-day', '2026-10-31'),
    entry('after-period', '2026-11-01'),
    entry('featured-old-review', '2025-01-15'),
  ],
  briefings: [entry('september-briefing', '2026-09-10'), entry('featured-briefing', '2026-10-01')],
  courses: [
    course('new-course', '2026-08-20', ['2026-10-31', '2026-11-01', '2026-12-12', '2026-12-13']),
    course('old-course', '2024-01-01', ['2026-11-20']),
  ],
  priorities: [entry('neglect', undefined)],
};
const newsletter = {
  period: PERIOD,
  featured: [
    { collection: 'briefings' as const, slug: 'featured-briefing' },
    { collection: 'reviews' as const, slug: 'featured-old-review' },
    { collection: 'priorities' as const, slug: 'neglect' },
    // Not in the public set it is given (a draft, say): left out, not an error.
    { collection: 'reviews' as const, slug: 'not-public' },
  ],
};
const issue = gatherIssue(newsletter, sources);
const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

describe('gathering a newsletter issue', () => {
  test('featured entries come first, in the editor’s order, wherever they were published', () => {
    expect(slugs(issue.featured)).toEqual(['featured-briefing', 'featured-old-review', 'neglect']);
  });

  test('reviews published inside the period, its first and last days included, are listed newest first', () => {
    expect(slugs(issue.reviews)).toEqual(['last-day', 'first-day']);
  });

  test('a featured entry is not listed a second time in its section', () => {
    expect(slugs(issue.briefings)).toEqual(['september-briefing']);
  });

  test('new courses are the courses first published inside the period', () => {
    expect(slugs(issue.courses)).toEqual(['new-course']);
  });

  test(`sessions are those in the ${SESSION_WEEKS} weeks after the period, soonest first`, () => {
    expect(issue.sessionWindow).toEqual({ from: '2026-11-01', to: '2026-12-12' });
    expect(issue.sessions.map((s) => `${s.courseSlug} ${s.date}`)).toEqual(['new-course 2026-11-01', 'old-course 2026-11-20', 'new-course 2026-12-12']);
  });

  test('an issue with nothing in its period is empty', () => {
    const quiet = gatherIssue({ period: { from: '2020-01-01', to: '2020-01-31' }, featured: [] }, sources);
    expect(isEmptyIssue(quiet)).toBe(true);
    expect(isEmptyIssue(issue)).toBe(false);
  });
});

describe('an issue of a large repository', () => {
  const many = Array.from({ length: 23 }, (_, i) => entry(`review-${String(i).padStart(2, '0')}`, `2026-09-${String(i + 1).padStart(2, '0')}`));
  const issue = gatherIssue({ period: PERIOD, featured: [{ collection: 'reviews', slug: 'review-00' }] }, { ...sources, reviews: many });

  test('shows the newest few of each gathered list and says how many there are', () => {
    const reviews = issueSections(issue, 10).find((s) => s.collection === 'reviews')!;
    expect(reviews.total).toBe(22);
    expect(reviews.items.map((i) => i.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `review-${String(22 - i).padStart(2, '0')}`));
  });

  test('never cuts what the editor featured, and without a cap shows everything', () => {
    expect(issueSections(issue, 0).find((s) => s.heading === 'In this issue')!.items.map((i) => i.slug)).toEqual(['review-00']);
    expect(issueSections(issue).find((s) => s.collection === 'reviews')!.items).toHaveLength(22);
  });
});
