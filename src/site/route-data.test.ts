import { describe, expect, test } from 'vitest';
import { pageCacheKey } from '../lib/cache-key.ts';
import type { Site } from './load.ts';
import { entryRoute } from './route-data.ts';

// Only cacheKey is used; the layout part of the real key is left out here.
const site = { cacheKey: (entry: { id: string; digest?: string | number }, ...related: unknown[]) => pageCacheKey(entry.id, entry.digest, related) } as unknown as Site;
const review = { id: 'child-b-2022', collection: 'reviews', digest: 'r1', data: { title: 'Child B' } };
const briefing = (data: Record<string, unknown>, body = 'Body.') => ({ id: 'child-b-briefing', collection: 'briefings', digest: body, body, rendered: { html: `<p>${body}</p>` }, data });

describe('an entry page’s route and cache key', () => {
  test('hand the page its route data as props', () => {
    const route = entryRoute(site, review, { briefings: [briefing({ title: 'Seven minutes' })], buildDate: '2026-12-02' });
    expect(route.params).toEqual({ slug: 'child-b-2022' });
    expect(route.props.briefings[0]!.data.title).toBe('Seven minutes');
    expect(route.props.buildDate).toBe('2026-12-02');
  });

  test('the key changes with anything the page shows of a related entry, and with the build date', () => {
    const key = (b: ReturnType<typeof briefing>, buildDate = '2026-12-02') => entryRoute(site, review, { briefings: [b], buildDate }).cacheKey;
    const before = key(briefing({ title: 'Seven minutes', summary: 'A' }));
    expect(key(briefing({ title: 'Seven minutes', summary: 'B' }))).not.toBe(before);
    expect(key(briefing({ title: 'Eight minutes', summary: 'A' }))).not.toBe(before);
    expect(key(briefing({ title: 'Seven minutes', summary: 'A' }), '2026-12-03')).not.toBe(before);
    // A related entry's body is never shown here: editing it keeps the page.
    expect(key(briefing({ title: 'Seven minutes', summary: 'A' }, 'Another body.'))).toBe(before);
  });

  test('two pages of one entry with the same related entries keep apart by their route data', () => {
    const related = { sources: [], courses: [] };
    expect(entryRoute(site, review, { form: 'text', ...related }).cacheKey).not.toBe(entryRoute(site, review, related).cacheKey);
  });
});
