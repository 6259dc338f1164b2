import { describe, expect, test } from 'vitest';
import { isWithin, listReportingYears, reportingYearLabel, reportingYearOf, reportingYearRange, reportingQuarterLabel, reportingQuarterRange } from './reporting-year.ts';

describe('reportingYearOf', () => {
  test.each([
    ['2026-03-31', 4, 2025, 'the last day of March belongs to the year that started the April before'],
    ['2026-04-01', 4, 2026, 'the first of April starts a new year'],
    ['2026-12-31', 4, 2026, 'December belongs to the year that started that April'],
    ['2026-01-01', 1, 2026, 'a January start makes reporting years calendar years'],
    ['2026-08-31', 9, 2025, 'with a September start, August closes the year before'],
  ])('%s with a year starting in month %i is in reporting year %i (%s)', (date, start, expected) => {
    expect(reportingYearOf(date, start)).toBe(expected);
  });
});

describe('reportingYearRange and reportingYearLabel', () => {
  test.each([
    [2025, 4, { from: '2025-04-01', to: '2026-03-31' }, '2025/26'],
    [2025, 1, { from: '2025-01-01', to: '2025-12-31' }, '2025'],
    // A March start ends on the last day of February: 29 days in a leap year.
    [2027, 3, { from: '2027-03-01', to: '2028-02-29' }, '2027/28'],
    [2099, 9, { from: '2099-09-01', to: '2100-08-31' }, '2099/00'],
  ])('year %i starting in month %i runs %o and reads %s', (year, start, range, label) => {
    expect(reportingYearRange(year, start)).toEqual(range);
    expect(reportingYearLabel(year, start)).toBe(label);
  });
});

describe('isWithin', () => {
  const year = { from: '2025-04-01', to: '2026-03-31' };
  test.each([
    ['2025-04-01', year, true],
    ['2026-03-31', year, true],
    ['2025-03-31', year, false],
    ['2026-04-01', year, false],
    ['1999-01-01', null, true],
    [undefined, null, false],
  ])('%s is inside %o: %s', (date, range, expected) => {
    expect(isWithin(date, range)).toBe(expected);
  });
});

describe('listReportingYears', () => {
  test('lists every year from the earliest date to the current one, newest first, gaps included', () => {
    // 2023-01-10 is in 2022/23, 2024-05-01 in 2024/25; today 2025-06-01 is in 2025/26.
    expect(listReportingYears(['2024-05-01', '2023-01-10'], '2025-06-01', 4)).toEqual([2025, 2024, 2023, 2022]);
  });

  test('a date in a future year adds no year after the current one', () => {
    expect(listReportingYears(['2030-01-01'], '2025-06-01', 4)).toEqual([2025]);
  });
});

describe('reportingQuarterRange', () => {
  test.each([
    [2025, 1, 4, { from: '2025-04-01', to: '2025-06-30' }],
    [2025, 3, 4, { from: '2025-10-01', to: '2025-12-31' }],
    [2025, 4, 4, { from: '2026-01-01', to: '2026-03-31' }],
    [2024, 4, 12, { from: '2025-09-01', to: '2025-11-30' }],
    [2024, 1, 1, { from: '2024-01-01', to: '2024-03-31' }],
  ] as const)('quarter %i of %i with a month-%i start is %o', (year, quarter, start, expected) => {
    expect(reportingQuarterRange(year, quarter, start)).toEqual(expected);
    expect(reportingQuarterLabel(year, quarter, start)).toMatch(new RegExp(`^Q${quarter} ${year}`));
  });
});
