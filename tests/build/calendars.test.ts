import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { LEAK_CHECK_TRACE } from '../setup/leak-fixtures.ts';
import { BUILD_DATE, EXAMPLE_OUT } from '../setup/paths.ts';

// Every calendar file in the built site, read back with a real iCalendar parser.
const SITE_URL = 'https://learning.northvale-scp.example/';
const files = listFiles(EXAMPLE_OUT).filter((f) => f.endsWith('.ics'));
const read = (file: string) => readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
function eventsOf(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(read(file)));
  // Read times as a calendar app does: with the zone the file itself carries.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('training calendars', () => {
  test('there is one calendar for all courses and one per course with upcoming sessions', () => {
    expect(files).toContain('courses/sessions.ics');
    expect(files.filter((f) => /^courses\/[^/]+\/sessions\.ics$/.test(f)).length).toBeGreaterThan(5);
  });

  test.each(files)('%s is RFC 5545 text: CRLF line endings and lines of at most 75 octets', (file) => {
    const text = read(file);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
    expect(lines.filter((l) => octets(l) > 75)).toEqual([]);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });

  test.each(files)('%s parses, and every event is an upcoming session linked to its course, timed in Europe/London or all day', (file) => {
    const calendar = new ICAL.Component(ICAL.parse(read(file)));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = eventsOf(file);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.uid).toMatch(/@learning\.northvale-scp\.example$/);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(event.startDate.toString().slice(0, 10) >= BUILD_DATE, `${event.uid} is in the past`).toBe(true);
      if (event.startDate.isDate) expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      else {
        expect(event.startDate.zone?.tzid).toBe('Europe/London');
        expect(event.endDate.compare(event.startDate)).toBe(1);
        expect(read(file)).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
      }
      expect(event.summary).toBeTruthy();
      expect(event.location).toBeTruthy();
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(url.startsWith(`${SITE_URL}courses/`)).toBe(true);
      expect(files).toContain(`${url.slice(SITE_URL.length)}sessions.ics`);
    }
  });

  test('a half-day session is a timed event at its local time, whether the clocks are on GMT or BST', () => {
    const events = eventsOf('courses/adolescent-to-parent-violence/sessions.ics');
    const december = events.find((e) => e.uid.includes('2026-12-16'))!;
    expect(read('courses/adolescent-to-parent-violence/sessions.ics')).toContain('DTSTART;TZID=Europe/London:20261216T093000\r\n');
    expect(december.startDate.toJSDate().toISOString()).toBe('2026-12-16T09:30:00.000Z');
    expect(december.endDate.toJSDate().toISOString()).toBe('2026-12-16T13:00:00.000Z');
    const june = events.find((e) => e.uid.includes('2027-06-22'))!;
    expect(june.startDate.toJSDate().toISOString()).toBe('2027-06-22T12:30:00.000Z'); // 13:30 BST
  });

  test('a session without times stays an all-day event', () => {
    const [event] = eventsOf('courses/safeguarding-disabled-children/sessions.ics');
    expect(event!.startDate.isDate).toBe(true);
    expect(read('courses/safeguarding-disabled-children/sessions.ics')).not.toContain('VTIMEZONE');
  });

  test('a full session says how to join the waiting list instead of booking, and an online one reads Online', () => {
    const events = eventsOf('courses/understanding-neglect/sessions.ics');
    const full = events.find((e) => e.uid.includes('2026-12-15'))!;
    expect(full.description).toContain('This session is full. To join the waiting list, email learning@northvale-scp.example.');
    expect(full.description).not.toContain('Book a place');
    expect(eventsOf('courses/information-sharing/sessions.ics').map((e) => e.location)).toContain('Online');
  });

  test('text with commas comes back unescaped', () => {
    const locations = eventsOf('courses/sessions.ics').map((e) => e.location);
    expect(locations).toContain('Northvale Civic Centre, Training Room 1');
  });

  test('the all-courses calendar holds exactly the events of the course calendars, with the same UIDs', () => {
    const all = eventsOf('courses/sessions.ics').map((e) => e.uid).sort();
    const perCourse = files.filter((f) => f !== 'courses/sessions.ics').flatMap((f) => eventsOf(f).map((e) => e.uid)).sort();
    expect(all).toEqual(perCourse);
    expect(new Set(all).size).toBe(all.length);
  });

  test('past sessions and unpublished courses are left out', () => {
    const uids = eventsOf('courses/sessions.ics').map((e) => e.uid);
    // child-protection-basic-awareness ran on 2026-09-22, before the build date.
    expect(uids).toContain('child-protection-basic-awareness-2026-12-08@learning.northvale-scp.example');
    expect(uids.filter((u) => u.includes('2026-09-22'))).toEqual([]);
    expect(uids.filter((u) => LEAK_CHECK_TRACE.test(u))).toEqual([]);
    expect(files.filter((f) => LEAK_CHECK_TRACE.test(f))).toEqual([]);
    // Nor the example's own draft course, whose one session is in May 2027.
    expect(uids.filter((u) => u.startsWith('safeguarding-at-transition-'))).toEqual([]);
    for (const file of files) expect(read(file), file).not.toMatch(LEAK_CHECK_TRACE);
  });

  test('the training page, the home page and each course with sessions link to their calendars', () => {
    const html = (file: string) => readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
    expect(html('courses/index.html')).toContain('href="/courses/sessions.ics"');
    expect(html('index.html')).toContain('href="/courses/sessions.ics"');
    for (const file of files.filter((f) => f !== 'courses/sessions.ics')) {
      expect(html(file.replace('sessions.ics', 'index.html'))).toContain(`href="/${file}"`);
    }
  });
});
