import { describe, expect, test } from 'vitest';
import { collectUpcomingSessions, upcomingSessions } from './sessions.ts';

const at = (date: string, location = 'Civic Centre') => ({ date, location });

describe('upcomingSessions', () => {
  test.each<[string, ReturnType<typeof at>[], string[]]>([
    ['past sessions are hidden', [at('2026-11-21'), at('2026-12-01')], ['2026-12-01']],
    ['a session on the build day still shows', [at('2026-11-22')], ['2026-11-22']],
    ['sessions come soonest first', [at('2027-03-02'), at('2026-12-15'), at('2027-01-10')], ['2026-12-15', '2027-01-10', '2027-03-02']],
    ['no sessions give none', [], []],
  ])('%s', (_name, sessions, dates) => {
    expect(upcomingSessions(sessions, '2026-11-22').map((s) => s.date)).toEqual(dates);
  });

  test('two sessions on one day are ordered by place', () => {
    expect(upcomingSessions([at('2026-12-01', 'Online'), at('2026-12-01', 'Eastmoor')], '2026-11-22').map((s) => s.location)).toEqual(['Eastmoor', 'Online']);
  });
});

describe('collectUpcomingSessions', () => {
  test('gathers every course’s future sessions, soonest first, then by title', () => {
    const courses = [
      { id: 'neglect', data: { title: 'Neglect', sessions: [at('2026-12-15'), at('2026-01-01')] } },
      { id: 'abuse', data: { title: 'Abuse', sessions: [at('2026-12-15'), at('2026-12-01')] } },
      { id: 'none', data: { title: 'None', sessions: [] } },
    ];
    expect(collectUpcomingSessions(courses, '2026-11-22').map((s) => `${s.session.date} ${s.course}`)).toEqual(['2026-12-01 abuse', '2026-12-15 abuse', '2026-12-15 neglect']);
  });
});
