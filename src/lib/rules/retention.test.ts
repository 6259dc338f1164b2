import { describe, expect, it } from 'vitest';
import { checkRetention, comesDownWithin, documentsOnline, earliestRetainUntil, reportPresentation, type Retained } from './retention.ts';

const review = (over: Partial<Retained> = {}): Retained => ({ report: 'published', published: '2025-01-10', retainUntil: '2026-12-31', ...over });

describe('what the page shows about the report', () => {
  it.each([
    ['a published report before its retainUntil', review(), '2026-12-31', 'published'],
    ['a published report after its retainUntil', review(), '2027-01-01', 'withdrawn'],
    ['a published report with no retainUntil, years on', review({ retainUntil: undefined }), '2040-01-01', 'published'],
    ['a report the editor withdrew', review({ report: 'withdrawn' }), '2025-02-01', 'withdrawn'],
    ['a delayed report', review({ report: 'delayed' }), '2030-01-01', 'delayed'],
  ] as const)('%s reads as %s', (_, r, date, expected) => {
    expect(reportPresentation(r, date)).toBe(expected);
  });
});

describe('reports coming down soon', () => {
  it.each([
    ['retainUntil within 60 days', review({ retainUntil: '2027-01-15' }), true],
    ['retainUntil in 60 days exactly', review({ retainUntil: '2027-01-21' }), true],
    ['retainUntil further off', review({ retainUntil: '2027-01-22' }), false],
    ['a report already down', review({ retainUntil: '2026-11-01' }), false],
    ['no retainUntil', review({ retainUntil: undefined }), false],
  ] as const)('%s: %s', (_, r, expected) => {
    expect(comesDownWithin(r, 60, '2026-11-22')).toBe(expected);
  });
});

describe('the minimum time online', () => {
  it('is retainMonths after publication, held to the end of a short month', () => {
    expect(earliestRetainUntil('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('accepts a retainUntil on the earliest allowed date', () => {
    expect(checkRetention('f.mdx', review({ retainUntil: '2026-01-10' }), 12)).toEqual([]);
  });

  it('refuses an earlier retainUntil, naming both dates and the earliest allowed', () => {
    const [problem] = checkRetention('content/reviews/q.mdx', review({ retainUntil: '2025-06-01' }), 12);
    expect(problem).toMatchObject({ file: 'content/reviews/q.mdx', field: 'retainUntil', severity: 'error' });
    expect(problem!.message).toContain('is 2025-06-01');
    expect(problem!.message).toContain('published on 2025-01-10');
    expect(problem!.message).toContain('retainUntil: 2026-01-10 or later');
  });

  it('follows the partnership’s retainMonths', () => {
    expect(checkRetention('f.mdx', review({ retainUntil: '2025-06-01' }), 3)).toEqual([]);
  });
});

// Given the public reviews (the content pipeline holds drafts and embargoed ones back; see published-files.test.ts).
describe('the report files the site publishes', () => {
  const files = (over: Partial<Retained>, ...hrefs: string[]) => ({ ...review(over), documents: hrefs.map((href) => ({ href })) });

  it.each([
    ['a report past its retainUntil', [files({ retainUntil: '2026-01-10' }, '/reports/a.pdf')], []],
    ['a report still within its retainUntil', [files({}, '/reports/a.pdf')], ['reports/a.pdf']],
    ['a report the editor withdrew', [files({ report: 'withdrawn' }, '/reports/a.pdf')], []],
    ['a withdrawn report linked with a query', [files({ report: 'withdrawn' }, '/reports/a.pdf?download=1')], []],
    ['a file a published review also links', [files({ report: 'withdrawn' }, '/reports/shared.pdf'), files({}, '/reports/shared.pdf')], ['reports/shared.pdf']],
    ['a learning summary of an unpublished report', [files({ report: 'not-published' }, '/reports/learning.pdf')], ['reports/learning.pdf']],
    ['a link with a fragment, a query and escapes, as the file it names', [files({}, '/reports/a%20b.pdf?v=2#page=3', '/reports/../reports/c.pdf')], ['reports/a b.pdf', 'reports/c.pdf']],
    ['another site’s document', [files({}, 'https://www.gov.uk/a')], []],
    ['a path that leads out of public/', [files({}, '/../src/pages/index.astro', '/reports/../../x')], []],
  ] as const)('%s', (_, reviews, expected) => {
    expect(documentsOnline(reviews, '2026-11-22')).toEqual(expected);
  });
});
