import { describe, expect, test } from 'vitest';
import { isPublic, publicationState, resolveBuildDate, todayInLondon } from './publication.ts';

describe('publicationState', () => {
  test.each([
    [{ published: '2026-11-21' }, 'public'],
    [{ published: '2026-11-22' }, 'public'],
    [{ published: '2026-11-23' }, 'embargoed'],
    [{ published: '2026-11-21', draft: true }, 'draft'],
    [{ published: '2030-01-01', draft: true }, 'draft'],
    [{}, 'public'],
    [{ draft: true }, 'draft'],
  ] as const)('%o on 2026-11-22 is %s', (entry, state) => {
    expect(publicationState(entry, '2026-11-22')).toBe(state);
    expect(isPublic(entry, '2026-11-22')).toBe(state === 'public');
  });
});

describe('the build date', () => {
  test('CASCADE_BUILD_DATE fixes the build date', () => {
    expect(resolveBuildDate({ CASCADE_BUILD_DATE: '2025-04-01' })).toBe('2025-04-01');
  });
  test('without CASCADE_BUILD_DATE the build date is today in London', () => {
    expect(resolveBuildDate({}, new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
  test.each(['2025-02-30', '01/04/2025', 'tomorrow'])('a malformed CASCADE_BUILD_DATE (%s) is refused with how to fix it', (value) => {
    expect(() => resolveBuildDate({ CASCADE_BUILD_DATE: value })).toThrow(/Write it as YYYY-MM-DD/);
  });
});
