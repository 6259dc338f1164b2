/**
 * iCalendar (RFC 5545) files of course sessions, so practitioners can add them to Outlook,
 * Google or Apple calendars. Sessions are all-day events: the content model has dates, not
 * times. Everything here is deterministic for a given build date, so an unchanged course
 * gives a byte-for-byte unchanged file.
 */
import { addDays } from './dates.ts';

export interface CalendarEvent {
  /** Stable across builds, so a calendar app updates the event instead of adding it again. */
  uid: string;
  /** YYYY-MM-DD: an all-day event on that day. */
  date: string;
  summary: string;
  location?: string | undefined;
  description?: string | undefined;
  /** Absolute address of the course page. */
  url?: string | undefined;
}

export interface Calendar {
  /** Who made the file, e.g. `-//Northvale SCP//Cascade//EN`. */
  prodId: string;
  /** Shown by calendar apps that subscribe to the file. */
  name: string;
  /** The build date: DTSTAMP of every event. */
  stamp: string;
  events: readonly CalendarEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
 * @example escapeText('Room 1, Civic Centre; level 2') // 'Room 1\\, Civic Centre\\; level 2'
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a
 * space; never splits a UTF-8 character (RFC 5545 §3.1).
 * @example foldLine('DESCRIPTION:' + 'a'.repeat(80)) // 'DESCRIPTION:aaa…\r\n aaaaaaaaaaaaaaaaa'
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (date: string) => date.replaceAll('-', '');

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${basicDate(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * A whole iCalendar file: CRLF line endings, folded lines, escaped text.
 * @example
 * buildCalendar({ prodId: '-//NSCP//Cascade//EN', name: 'NSCP training', stamp: '2026-11-22',
 *   events: [{ uid: 'neglect-2026-12-15@example.org', date: '2026-12-15', summary: 'Neglect' }] })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216…'
 */
export function buildCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
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
