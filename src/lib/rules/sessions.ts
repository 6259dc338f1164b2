/**
 * Course sessions as readers see them: only sessions on or after the build date, soonest
 * first, each with its times, its place (or "Online"), whether it is full and where to book.
 * A session on the build day still shows, since it may not have started yet. Every output
 * (course pages, the home page, newsletters in three forms, calendars) words a session
 * through these functions, so they cannot disagree.
 */
import { DateTime } from 'luxon';
import { compareDates, formatDate } from '../dates.ts';

/** Course times are written as local time in this zone. */
export const SESSION_TIME_ZONE = 'Europe/London';

export interface SessionLike {
  date: string;
  /** HH:MM, 24-hour, Europe/London. */
  start?: string | undefined;
  end?: string | undefined;
  location?: string | undefined;
  online?: boolean | undefined;
  booking?: string | undefined;
  places?: number | undefined;
  full?: boolean | undefined;
}

export interface UpcomingSession<S extends SessionLike = SessionLike> {
  /** The course's slug. */
  course: string;
  title: string;
  session: S;
  /** The course's booking page, used when the session has none of its own. */
  booking?: string | undefined;
}

/**
 * Where a session happens, as a reader reads it.
 * @example sessionPlace({ date: '2026-12-01', online: true }) // 'Online'
 */
export function sessionPlace(session: SessionLike): string {
  return session.online ? 'Online' : (session.location ?? '');
}

/**
 * A session's times, or nothing for an all-day session.
 * @example sessionTimes({ date: '2026-12-01', start: '09:30', end: '12:30' }) // '09:30 to 12:30'
 */
export function sessionTimes(session: SessionLike): string | undefined {
  return session.start && session.end ? `${session.start} to ${session.end}` : undefined;
}

/**
 * The day and times in one phrase, for plain text and email.
 * @example sessionWhen({ date: '2026-12-01', start: '09:30', end: '12:30' }) // '1 December 2026, 09:30 to 12:30'
 */
export function sessionWhen(session: SessionLike): string {
  const times = sessionTimes(session);
  return times ? `${formatDate(session.date)}, ${times}` : formatDate(session.date);
}

/**
 * A session's start or end as an ISO 8601 date-time with its UTC offset (GMT or BST on that
 * day), or the date alone for an all-day session: for schema.org data.
 * @example sessionInstant({ date: '2027-06-22', start: '09:30', end: '12:30' }, 'start') // '2027-06-22T09:30:00+01:00'
 */
export function sessionInstant(session: SessionLike, which: 'start' | 'end'): string {
  const time = session.start && session.end ? session[which] : undefined;
  if (!time) return session.date;
  return DateTime.fromISO(`${session.date}T${time}`, { zone: SESSION_TIME_ZONE }).toISO({ suppressMilliseconds: true, includeOffset: true }) ?? session.date;
}

/**
 * A session is full when the editor says so or no places are left.
 * @example isFull({ date: '2026-12-01', places: 0 }) // true
 */
export function isFull(session: SessionLike): boolean {
  return session.full === true || session.places === 0;
}

/**
 * "Full", the places left, or nothing when the editor gives no count.
 * @example sessionAvailability({ date: '2026-12-01', places: 1 }) // '1 place left'
 */
export function sessionAvailability(session: SessionLike): string | undefined {
  if (isFull(session)) return 'Full';
  if (session.places === undefined) return undefined;
  return `${session.places} ${session.places === 1 ? 'place' : 'places'} left`;
}

/**
 * Where to book this session: its own booking page, else the course's; none when it is full.
 * @example sessionBooking({ date: '2026-12-01', booking: 'https://book.example/1' }, 'https://book.example/') // 'https://book.example/1'
 */
export function sessionBooking(session: SessionLike, courseBooking?: string): string | undefined {
  return isFull(session) ? undefined : (session.booking ?? courseBooking);
}

/**
 * The waiting-list route for a full session: an email to the partnership, its subject naming
 * the course and the day so the business team knows which session it is.
 * @example waitingListHref('learning@example.org', 'Neglect', { date: '2026-12-01' }) // 'mailto:learning@example.org?subject=Waiting%20list%3A%20Neglect%2C%201%20December%202026'
 */
export function waitingListHref(email: string, courseTitle: string, session: SessionLike): string {
  return `mailto:${email}?subject=${encodeURIComponent(`Waiting list: ${courseTitle}, ${formatDate(session.date)}`)}`;
}

/**
 * A session in one line of text, for the newsletter's email and plain-text forms.
 * @example sessionLine({ date: '2026-12-01', start: '09:30', end: '12:30', online: true, places: 0 }, 'Neglect') // '1 December 2026, 09:30 to 12:30: Neglect, Online. Full'
 */
export function sessionLine(session: SessionLike, courseTitle: string): string {
  return `${sessionWhen(session)}: ${courseTitle}, ${sessionPlace(session)}${isFull(session) ? '. Full' : ''}`;
}

const bySoonest = (a: SessionLike, b: SessionLike) =>
  compareDates(a.date, b.date) || (a.start ?? '').localeCompare(b.start ?? '') || sessionPlace(a).localeCompare(sessionPlace(b), 'en-GB');

/**
 * A course's sessions from the build date on, soonest first (by day, then start time, then place).
 * @example upcomingSessions([{ date: '2026-01-02', location: 'Hub' }, { date: '2025-12-01', location: 'Hub' }], '2025-12-25') // [{ date: '2026-01-02', location: 'Hub' }]
 */
export function upcomingSessions<S extends SessionLike>(sessions: readonly S[], buildDate: string): S[] {
  return sessions.filter((s) => s.date >= buildDate).sort(bySoonest);
}

/**
 * Every course's upcoming sessions in one list, soonest first, then by course title.
 * @example collectUpcomingSessions([{ id: 'neglect', data: { title: 'Neglect', sessions } }], '2026-11-22')
 * // [{ course: 'neglect', title: 'Neglect', session: { date: '2026-12-15', … } }, …]
 */
export function collectUpcomingSessions<S extends SessionLike>(courses: readonly { id: string; data: { title: string; booking?: string | undefined; sessions: readonly S[] } }[], buildDate: string): UpcomingSession<S>[] {
  return courses
    .flatMap((c) => upcomingSessions(c.data.sessions, buildDate).map((session) => ({ course: c.id, title: c.data.title, session, booking: c.data.booking })))
    .sort((a, b) => compareDates(a.session.date, b.session.date) || (a.session.start ?? '').localeCompare(b.session.start ?? '') || a.title.localeCompare(b.title, 'en-GB'));
}
