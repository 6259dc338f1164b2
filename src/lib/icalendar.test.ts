import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine, sessionUids } from './icalendar.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  test.each<[string, string, string]>([
    ['commas are escaped', 'Room 1, Civic Centre', 'Room 1\\, Civic Centre'],
    ['semicolons are escaped', 'a; b', 'a\\; b'],
    ['backslashes are escaped first', 'a\\b;', 'a\\\\b\\;'],
    ['line breaks become \\n', 'one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
    ['colons need no escape', 'Venue: Hub', 'Venue: Hub'],
  ])('%s', (_name, input, output) => {
    expect(escapeText(input)).toBe(output);
  });
});

describe('foldLine', () => {
  test('a line of 75 octets is not folded', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  test('a longer line folds into lines of at most 75 octets that unfold to the original', () => {
    const line = `DESCRIPTION:${'word '.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  test('a multi-byte character is never split across lines', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('buildCalendar', () => {
  const ics = buildCalendar({
    prodId: '-//NSCP//Cascade//EN',
    name: 'NSCP training, all courses',
    stamp: '2026-11-22',
    events: [{ uid: 'neglect-2026-12-31@learning.example', date: '2026-12-31', summary: 'Understanding neglect', location: 'Civic Centre, Room 1', url: 'https://learning.example/courses/neglect/', description: 'Full day; bring lunch' }],
  });

  test('every line ends with CRLF and none with a bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('an all-day session ends the next day, across a year end', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270101\r\n');
  });

  test('the file carries the properties calendar apps need', () => {
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//NSCP//Cascade//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:NSCP training\\, all courses',
      'BEGIN:VEVENT',
      'UID:neglect-2026-12-31@learning.example',
      'DTSTAMP:20261122T000000Z',
      'DTSTART;VALUE=DATE:20261231',
      'DTEND;VALUE=DATE:20270101',
      'SUMMARY:Understanding neglect',
      'LOCATION:Civic Centre\\, Room 1',
      'DESCRIPTION:Full day\\; bring lunch',
      'URL:https://learning.example/courses/neglect/',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
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
