import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { BUILD_DATE, EXAMPLE_OUT } from '../setup/paths.ts';

// Every calendar file in the built site, read back with a real iCalendar parser.
const SITE_URL = 'https://learning.northvale-scp.example/';
const files = listFiles(EXAMPLE_OUT).filter((f) => f.endsWith('.ics'));
const read = (file: string) => readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
const eventsOf = (file: string) => new ICAL.Component(ICAL.parse(read(file))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
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

  test.each(files)('%s parses, and every event is an all-day upcoming session linked to its course', (file) => {
    const calendar = new ICAL.Component(ICAL.parse(read(file)));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = eventsOf(file);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.uid).toMatch(/@learning\.northvale-scp\.example$/);
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString() >= BUILD_DATE, `${event.uid} is in the past`).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(event.summary).toBeTruthy();
      expect(event.location).toBeTruthy();
      const url = String(event.component.getFirstPropertyValue('url'));
      expect(url.startsWith(`${SITE_URL}courses/`)).toBe(true);
      expect(files).toContain(`${url.slice(SITE_URL.length)}sessions.ics`);
    }
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
    expect(uids.filter((u) => u.includes('canary'))).toEqual([]);
    expect(files.filter((f) => f.includes('canary'))).toEqual([]);
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
