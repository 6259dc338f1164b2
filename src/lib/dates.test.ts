import { describe, expect, test } from 'vitest';
import { addDays, addMonths, compareDates, daysBetween, formatDate, formatMonthYear, isWeekend, yearOf } from './dates.ts';

describe('addDays', () => {
  test.each([
    ['2025-03-14', 1, '2025-03-15'],
    ['2025-03-14', 0, '2025-03-14'],
    ['2025-03-14', -14, '2025-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    // The clocks go forward in the UK on 2025-03-30; the date must not slip.
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
  ])('%s plus %i days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
});

describe('addMonths', () => {
  test.each([
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-07-31', 6, '2026-01-31'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s plus %i months is %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('compareDates', () => {
  test.each([
    ['2025-03-14', '2025-03-15', -1],
    ['2025-03-15', '2025-03-14', 1],
    ['2025-03-14', '2025-03-14', 0],
    ['2024-12-31', '2025-01-01', -1],
  ] as const)('comparing %s with %s gives %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  test('sorting with compareDates puts dates in calendar order', () => {
    expect(['2025-03-01', '2024-12-31', '2025-01-10'].sort(compareDates)).toEqual(['2024-12-31', '2025-01-10', '2025-03-01']);
  });
});

describe('daysBetween', () => {
  test.each([
    ['2025-03-14', '2025-03-14', 0],
    ['2024-12-25', '2025-01-01', 7],
    ['2025-01-01', '2024-12-25', -7],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-03-29', '2025-04-01', 3],
    ['2025-01-01', '2026-01-01', 365],
  ])('from %s to %s is %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe('isWeekend', () => {
  test.each([
    ['2025-03-14', false], // Friday
    ['2025-03-15', true], // Saturday
    ['2025-03-16', true], // Sunday
    ['2025-03-17', false], // Monday
  ])('%s is a weekend day: %s', (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });
});

describe('formatting', () => {
  test.each([
    ['2025-03-14', '14 March 2025', 'March 2025'],
    ['2025-01-01', '1 January 2025', 'January 2025'],
    ['2024-12-31', '31 December 2024', 'December 2024'],
  ])('%s is written "%s" and its month "%s"', (date, long, monthYear) => {
    expect(formatDate(date)).toBe(long);
    expect(formatMonthYear(date)).toBe(monthYear);
  });

  test('yearOf gives the year as a number', () => {
    expect(yearOf('2025-03-14')).toBe(2025);
  });
});

describe('malformed input', () => {
  test.each(['14/03/2025', '2025-3-14', ''])('a date written "%s" is refused rather than read as NaN', (date) => {
    expect(() => addDays(date, 1)).toThrow(/YYYY-MM-DD/);
  });
});
