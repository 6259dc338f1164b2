/**
 * Course sessions as readers see them: only sessions on or after the build date, soonest
 * first. A session on the build day still shows, since it may not have started yet.
 */
import { compareDates } from './dates.ts';

export interface SessionLike {
  date: string;
  location: string;
  places?: number | undefined;
}

export interface UpcomingSession<S extends SessionLike = SessionLike> {
  /** The course's slug. */
  course: string;
  title: string;
  session: S;
}

/**
 * A course's sessions from the build date on, soonest first.
 * @example upcomingSessions([{ date: '2026-01-02', location: 'Hub' }, { date: '2025-12-01', location: 'Hub' }], '2025-12-25') // [{ date: '2026-01-02', location: 'Hub' }]
 */
export function upcomingSessions<S extends SessionLike>(sessions: readonly S[], buildDate: string): S[] {
  return sessions.filter((s) => s.date >= buildDate).sort((a, b) => compareDates(a.date, b.date) || a.location.localeCompare(b.location, 'en-GB'));
}

/**
 * Every course's upcoming sessions in one list, soonest first, then by course title.
 * @example collectUpcomingSessions([{ id: 'neglect', data: { title: 'Neglect', sessions } }], '2026-11-22')
 * // [{ course: 'neglect', title: 'Neglect', session: { date: '2026-12-15', … } }, …]
 */
export function collectUpcomingSessions<S extends SessionLike>(courses: readonly { id: string; data: { title: string; sessions: readonly S[] } }[], buildDate: string): UpcomingSession<S>[] {
  return courses
    .flatMap((c) => upcomingSessions(c.data.sessions, buildDate).map((session) => ({ course: c.id, title: c.data.title, session })))
    .sort((a, b) => compareDates(a.session.date, b.session.date) || a.title.localeCompare(b.title, 'en-GB'));
}
