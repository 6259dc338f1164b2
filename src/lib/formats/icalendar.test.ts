import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, sessionUids, type CalendarEvent } from './icalendar.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const calendarOf = (events: CalendarEvent[]) => buildCalendar({ prodId: { company: 'NSCP', product: 'Cascade' }, name: 'NSCP training', stamp: '2026-11-22', events });

/** Reads a file back as a calendar app would, with the zone the file itself carries. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const neglect: CalendarEvent = { uid: 'neglect-2026-12-31@learning.example', date: '2026-12-31', summary: 'Understanding neglect', location: 'Civic Centre, Room 1', url: 'https://learning.example/courses/neglect/', description: 'Full day; bring lunch' };

describe('buildCalendar', () => {
  test('a session with times is a timed event in Europe/London, read at the right instant on either side of the clocks changing', () => {
    const ics = calendarOf([
      { uid: 'summer@x', date: '2027-06-22', start: '09:30', end: '12:30', summary: 'Summer' },
      { uid: 'winter@x', date: '2027-01-19', start: '13:00', end: '16:30', summary: 'Winter' },
    ]);
    expect(ics).toContain('DTSTART;TZID=Europe/London:20270622T093000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/London:20270622T123000\r\n');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    const [summer, winter] = parse(ics).events;
    expect(summer!.startDate.isDate).toBe(false);
    expect(summer!.startDate.toJSDate().toISOString()).toBe('2027-06-22T08:30:00.000Z'); // BST
    expect(summer!.endDate.toJSDate().toISOString()).toBe('2027-06-22T11:30:00.000Z');
    expect(winter!.startDate.toJSDate().toISOString()).toBe('2027-01-19T13:00:00.000Z'); // GMT
  });

  test('a session without times is an all-day event that ends the next day, across a year end, and needs no time zone', () => {
    const ics = calendarOf([neglect]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(ics).not.toContain('VTIMEZONE');
    expect(parse(ics).events[0]!.startDate.isDate).toBe(true);
  });

  test('one file holds timed and all-day events side by side', () => {
    const { events } = parse(calendarOf([neglect, { uid: 't@x', date: '2027-02-09', start: '09:30', end: '16:00', summary: 'Timed' }]));
    expect(events.map((e) => e.startDate.isDate)).toEqual([true, false]);
  });

  test('every line ends with CRLF and holds at most 75 octets, and text with commas, semicolons and accents comes back as written', () => {
    const long = `${'Ymarfer diogelu, ŵyr ac ŷd; '.repeat(8)}end`;
    const ics = calendarOf([{ ...neglect, description: long }]);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    expect(lines.filter((l) => /[\r\n]/.test(l) || octets(l) > 75)).toEqual([]);
    const [event] = parse(ics).events;
    expect(event!.location).toBe('Civic Centre, Room 1');
    expect(event!.description).toBe(long);
  });

  test('the file carries what calendar apps need: version, product, publish method, a UTC stamp, UID and link', () => {
    const { calendar, events } = parse(calendarOf([neglect]));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//NSCP//Cascade//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('NSCP training');
    const event = events[0]!;
    expect(event.uid).toBe('neglect-2026-12-31@learning.example');
    expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-22T00:00:00Z');
    expect(String(event.component.getFirstPropertyValue('url'))).toBe('https://learning.example/courses/neglect/');
  });

  test('the same sessions give the same bytes', () => {
    expect(calendarOf([neglect])).toBe(calendarOf([neglect]));
  });
});

describe('sessionUids', () => {
  test('a course’s sessions get one UID per date, numbered when a date repeats', () => {
    expect(sessionUids('neglect', ['2026-12-15', '2027-01-10', '2026-12-15'], 'learning.example')).toEqual([
      'neglect-2026-12-15@learning.example',
      'neglect-2027-01-10@learning.example',
      'neglect-2026-12-15-2@learning.example',
    ]);
  });
});
