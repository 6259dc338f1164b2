import { describe, expect, test } from 'vitest';
import { collectUpcomingSessions, sessionAvailability, sessionBooking, sessionInstant, sessionPlace, sessionWhen, upcomingSessions, waitingListHref } from './sessions.ts';

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

describe('how a session reads', () => {
  test.each<[string, Parameters<typeof sessionAvailability>[0], string | undefined]>([
    ['places left are counted', { date: '2026-12-01', places: 20 }, '20 places left'],
    ['one place is singular', { date: '2026-12-01', places: 1 }, '1 place left'],
    ['no places left is full', { date: '2026-12-01', places: 0 }, 'Full'],
    ['full: true is full whatever the count', { date: '2026-12-01', places: 12, full: true }, 'Full'],
    ['no count says nothing', { date: '2026-12-01' }, undefined],
  ])('%s', (_name, session, expected) => {
    expect(sessionAvailability(session)).toBe(expected);
  });

  test.each<[string, Parameters<typeof sessionWhen>[0], string]>([
    ['a timed session gives its day and times', { date: '2026-12-01', start: '09:30', end: '12:30' }, '1 December 2026, 09:30 to 12:30'],
    ['an all-day session gives its day', { date: '2026-12-01' }, '1 December 2026'],
  ])('%s', (_name, session, expected) => {
    expect(sessionWhen(session)).toBe(expected);
  });

  test('an online session reads "Online", another its location', () => {
    expect([sessionPlace({ date: '2026-12-01', online: true }), sessionPlace({ date: '2026-12-01', location: 'Eastmoor Family Hub' })]).toEqual(['Online', 'Eastmoor Family Hub']);
  });

  test.each<[string, Parameters<typeof sessionBooking>[0], string | undefined]>([
    ['a session’s own booking page wins', { date: '2026-12-01', booking: 'https://book.example/s1' }, 'https://book.example/s1'],
    ['otherwise the course’s', { date: '2026-12-01' }, 'https://book.example/course'],
    ['a full session offers no booking', { date: '2026-12-01', booking: 'https://book.example/s1', places: 0 }, undefined],
  ])('%s', (_name, session, expected) => {
    expect(sessionBooking(session, 'https://book.example/course')).toBe(expected);
  });

  test('the waiting list is an email to the partnership naming the course and day', () => {
    expect(waitingListHref('learning@example.org', 'Neglect', { date: '2026-12-01' })).toBe('mailto:learning@example.org?subject=Waiting%20list%3A%20Neglect%2C%201%20December%202026');
  });

  test.each<[Parameters<typeof sessionInstant>[0], 'start' | 'end', string]>([
    [{ date: '2027-06-22', start: '09:30', end: '12:30' }, 'start', '2027-06-22T09:30:00+01:00'],
    [{ date: '2027-01-19', start: '09:30', end: '12:30' }, 'end', '2027-01-19T12:30:00+00:00'],
    [{ date: '2027-01-19' }, 'start', '2027-01-19'],
  ])('%j %s is %s', (session, which, expected) => {
    expect(sessionInstant(session, which)).toBe(expected);
  });

  test('sessions on one day come in order of start time', () => {
    const sessions = [{ date: '2026-12-01', start: '13:30', end: '16:00', location: 'A' }, { date: '2026-12-01', start: '09:30', end: '12:00', location: 'B' }];
    expect(upcomingSessions(sessions, '2026-11-22').map((s) => s.start)).toEqual(['09:30', '13:30']);
  });
});
