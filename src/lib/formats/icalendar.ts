/**
 * iCalendar (RFC 5545) files of course sessions, so practitioners can add them to Outlook,
 * Google or Apple calendars. A session with a start and end time is a timed event in
 * Europe/London (`DTSTART;TZID=Europe/London`, with the zone's `VTIMEZONE` so every app reads
 * 09:30 as 09:30 on both sides of the clocks changing); a session without times is an all-day
 * event. The text itself (escaping, folding at 75 octets, CRLF) is ical-generator's job: it
 * is maintained, widely used and tested against calendar apps, which a hand-written format is
 * not. Everything here is deterministic for a given build date, so an unchanged course gives a
 * byte-for-byte unchanged file.
 */
import icalGenerator, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { addDays } from '../dates.ts';
import { SESSION_TIME_ZONE } from '../rules/sessions.ts';

export interface CalendarEvent {
  /** Stable across builds, so a calendar app updates the event instead of adding it again. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, 24-hour local time in Europe/London; with `end`, a timed event, else all day. */
  start?: string | undefined;
  end?: string | undefined;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  /** Absolute address of the course page. */
  url?: string | undefined;
}

export interface Calendar {
  /** Who made the file: written `-//<company>//<product>//EN`. */
  prodId: { company: string; product: string };
  /** Shown by calendar apps that subscribe to the file. */
  name: string;
  /** The build date: DTSTAMP of every event. */
  stamp: string;
  events: readonly CalendarEvent[];
}

const local = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: SESSION_TIME_ZONE });
const allDay = (date: string) => DateTime.fromISO(date, { zone: SESSION_TIME_ZONE });

/**
 * A whole iCalendar file: timed sessions in Europe/London with its VTIMEZONE, all-day ones
 * as dates.
 * @example
 * buildCalendar({ prodId: { company: 'NSCP', product: 'Cascade' }, name: 'NSCP training', stamp: '2026-11-22',
 *   events: [{ uid: 'neglect-2026-12-15@example.org', date: '2026-12-15', start: '09:30', end: '12:30', summary: 'Neglect' }] })
 * // 'BEGIN:VCALENDAR…BEGIN:VTIMEZONE\r\nTZID:Europe/London…DTSTART;TZID=Europe/London:20261215T093000…'
 */
export function buildCalendar(calendar: Calendar): string {
  const cal = icalGenerator({ prodId: calendar.prodId, name: calendar.name, method: ICalCalendarMethod.PUBLISH, scale: 'GREGORIAN' });
  // The zone's VTIMEZONE goes in when a timed event names it (all-day dates have no zone). The
  // calendar itself names none (name: null): with one, ical-generator writes DTSTAMP in local
  // time, and RFC 5545 wants it in UTC.
  cal.timezone({ name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
  const stamp = DateTime.fromISO(calendar.stamp, { zone: 'utc' });
  for (const event of calendar.events) {
    const hasTimes = Boolean(event.start && event.end);
    cal.createEvent({
      id: event.uid,
      stamp,
      ...(hasTimes
        ? { start: local(event.date, event.start!), end: local(event.date, event.end!), timezone: SESSION_TIME_ZONE, transparency: ICalEventTransparency.OPAQUE }
        : { start: allDay(event.date), end: allDay(addDays(event.date, 1)), allDay: true, transparency: ICalEventTransparency.TRANSPARENT }),
      summary: event.summary,
      location: event.location ?? null,
      description: event.description ?? null,
      url: event.url ?? null,
    });
  }
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * UIDs for a course's sessions: the course and the date, with a counter when one course
 * runs twice on a day. They stay the same as long as the session keeps its date.
 * @example sessionUids('neglect', ['2026-12-15', '2026-12-15'], 'learning.example') // ['neglect-2026-12-15@learning.example', 'neglect-2026-12-15-2@learning.example']
 */
export function sessionUids(course: string, dates: readonly string[], host: string): string[] {
  const seen = new Map<string, number>();
  return dates.map((date) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return `${course}-${date}${n > 1 ? `-${n}` : ''}@${host}`;
  });
}
