import { describe, expect, test } from 'vitest';
import { BANK_HOLIDAYS_ENGLAND_WALES, isBankHoliday } from './bank-holidays.ts';
import { isWeekend } from '../dates.ts';

describe('isBankHoliday', () => {
  test.each([
    // A year with no substitutes, checked against gov.uk.
    ['2024-01-01', 'New Year’s Day'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2024-05-06', 'early May bank holiday'],
    ['2024-05-27', 'spring bank holiday'],
    ['2024-08-26', 'summer bank holiday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],
    // Substitute days.
    ['2011-01-03', 'New Year’s Day substitute (Saturday)'],
    ['2017-01-02', 'New Year’s Day substitute (Sunday)'],
    ['2020-12-28', 'Boxing Day substitute (Saturday)'],
    ['2021-12-27', 'Christmas Day substitute (Saturday)'],
    ['2021-12-28', 'Boxing Day substitute (Sunday)'],
    ['2022-12-27', 'Christmas Day substitute (Sunday)'],
    ['2027-12-27', 'Christmas Day substitute (Saturday)'],
    ['2027-12-28', 'Boxing Day substitute (Sunday)'],
    // One-off holidays.
    ['2011-04-29', 'the royal wedding'],
    ['2012-06-04', 'the spring bank holiday moved for the Diamond Jubilee'],
    ['2012-06-05', 'the Diamond Jubilee'],
    ['2020-05-08', 'the early May bank holiday moved for VE Day'],
    ['2022-06-02', 'the spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', 'the Platinum Jubilee'],
    ['2022-09-19', 'the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'the Coronation'],
    // The ends of the range.
    ['2010-01-01', 'the first in the list'],
    ['2030-12-26', 'the last in the list'],
  ])('%s is a bank holiday (%s)', (date) => {
    expect(isBankHoliday(date)).toBe(true);
  });

  test.each([
    ['2012-05-28', 'the usual spring bank holiday, moved in 2012'],
    ['2020-05-04', 'the usual early May bank holiday, moved in 2020'],
    ['2022-05-30', 'the usual spring bank holiday, moved in 2022'],
    ['2021-12-25', 'Christmas Day on a Saturday: the holiday is the Monday'],
    ['2020-12-26', 'Boxing Day on a Saturday: the holiday is the Monday'],
    ['2024-03-31', 'Easter Sunday'],
    ['2024-12-24', 'Christmas Eve'],
    ['2024-03-17', 'St Patrick’s Day, a holiday in Northern Ireland only'],
    ['2024-08-05', 'the Scottish summer holiday'],
    ['2024-01-02', 'the Scottish 2 January'],
  ])('%s is not a bank holiday (%s)', (date) => {
    expect(isBankHoliday(date)).toBe(false);
  });

  test('another calendar can be passed in place of England and Wales', () => {
    const scotland = new Set(['2024-01-02']);
    expect(isBankHoliday('2024-01-02', scotland)).toBe(true);
    expect(isBankHoliday('2024-01-01', scotland)).toBe(false);
  });
});

describe('the England and Wales list', () => {
  const dates = [...BANK_HOLIDAYS_ENGLAND_WALES];

  test('every year from 2010 to 2030 has eight bank holidays plus its one-off days', () => {
    const extra: Record<number, number> = { 2011: 1, 2012: 1, 2022: 2, 2023: 1 };
    for (let year = 2010; year <= 2030; year++) {
      expect(dates.filter((date) => date.startsWith(`${year}-`)), String(year)).toHaveLength(8 + (extra[year] ?? 0));
    }
  });

  test('no bank holiday falls at a weekend, since substitutes take their place', () => {
    expect(dates.filter(isWeekend)).toEqual([]);
  });

  test('every entry is a YYYY-MM-DD date', () => {
    expect(dates.filter((date) => !/^\d{4}-\d{2}-\d{2}$/.test(date))).toEqual([]);
  });
});
