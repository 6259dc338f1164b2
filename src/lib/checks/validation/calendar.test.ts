import { expect, test } from 'vitest';
import { BANK_HOLIDAYS_COVER_UNTIL } from '../../rules/bank-holidays.ts';
import { checkCalendarData } from './_calendar.ts';

test('the bank-holiday list covers the year ahead of today’s builds', () => {
  expect(BANK_HOLIDAYS_COVER_UNTIL).toBe('2030-12-31');
  expect(checkCalendarData('2026-12-01')).toEqual([]);
});

test.each([
  ['2029-12-31', []],
  ['2030-01-01', ['warning']],
  ['2031-06-01', ['warning']],
])('a build on %s is warned %j that the list is running out', (buildDate, severities) => {
  const problems = checkCalendarData(buildDate);
  expect(problems.map((p) => p.severity)).toEqual(severities);
  if (problems.length) expect(problems[0]!.message).toMatch(/^lists bank holidays only until 31 December 2030\. Add the next years' dates/);
});
