import { describe, expect, test } from 'vitest';
import { gatherIssue, isEmptyIssue, SESSION_WEEKS, type IssueSources } from './newsletter.ts';

const entry = (id: string, published: string | undefined, extra: { draft?: boolean } = {}) => ({ id, data: { title: `Title of ${id}`, summary: `Summary of ${id}.`, published, ...extra } });
const course = (id: string, published: string, dates: string[], extra: { draft?: boolean } = {}) => ({
  id,
  data: { ...entry(id, published, extra).data, published, sessions: dates.map((date) => ({ date, location: 'Civic Centre' })) },
});

// Autumn issue: period 1 Aug – 31 Oct 2026, built on 22 Nov 2026, so sessions from 1 Nov to 12 Dec.
const PERIOD = { from: '2026-08-01', to: '2026-10-31' };
const BUILD = '2026-11-22';
const sources: IssueSources = {
  reviews: [
    entry('before-period', '2026-07-31'),
    entry('first-day', '2026-08-01'),
    entry('last-day', '2026-10-31'),
    entry('after-period', '2026-11-01'),
    entry('draft-in-period', '2026-09-01', { draft: true }),
    entry('featured-old-review', '2025-01-15'),
  ],
  briefings: [entry('september-briefing', '2026-09-10'), entry('featured-briefing', '2026-10-01')],
  courses: [
    course('new-course', '2026-08-20', ['2026-10-31', '2026-11-01', '2026-12-12', '2026-12-13']),
    course('old-course', '2024-01-01', ['2026-11-20']),
    course('draft-course', '2026-09-01', ['2026-11-05'], { draft: true }),
  ],
  priorities: [entry('neglect', undefined)],
};
const newsletter = {
  period: PERIOD,
  featured: [
    { collection: 'briefings' as const, slug: 'featured-briefing' },
    { collection: 'reviews' as const, slug: 'featured-old-review' },
    { collection: 'priorities' as const, slug: 'neglect' },
    { collection: 'reviews' as const, slug: 'draft-in-period' },
  ],
};
const issue = gatherIssue(newsletter, sources, BUILD);
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

  test('a draft dated inside the period is left out, even when featured', () => {
    expect(JSON.stringify(issue)).not.toContain('draft-in-period');
    expect(JSON.stringify(issue)).not.toContain('draft-course');
  });

  test('an embargoed entry dated inside the period is left out until its date has passed', () => {
    // A winter issue whose period runs past the build date: the December review is embargoed.
    const winter = { period: { from: '2026-11-01', to: '2027-01-31' }, featured: [{ collection: 'reviews' as const, slug: 'december-review' }] };
    const withEmbargo = { ...sources, reviews: [entry('november-review', '2026-11-10'), entry('december-review', '2026-12-05')] };
    expect(slugs(gatherIssue(winter, withEmbargo, BUILD).reviews)).toEqual(['november-review']);
    expect(gatherIssue(winter, withEmbargo, BUILD).featured).toEqual([]);
    expect(slugs(gatherIssue(winter, withEmbargo, '2026-12-05').featured)).toEqual(['december-review']);
  });

  test('an issue with nothing in its period is empty', () => {
    const quiet = gatherIssue({ period: { from: '2020-01-01', to: '2020-01-31' }, featured: [] }, sources, BUILD);
    expect(isEmptyIssue(quiet)).toBe(true);
    expect(isEmptyIssue(issue)).toBe(false);
  });
});
