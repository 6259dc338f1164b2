/**
 * Bank holidays in England and Wales, for counting the working days in a review's timeline.
 *
 * `data/bank-holidays-england-wales.json` lists every one from 2010 to 2030: the regular
 * days (with their substitute days when they fall at a weekend) were generated once from the
 * rules, then the one-off changes were applied by hand: the royal wedding (2011-04-29), the
 * Diamond Jubilee (spring bank holiday moved to 2012-06-04, plus 2012-06-05), VE Day 75 (early
 * May moved to 2020-05-08), the Platinum Jubilee (spring bank holiday moved to 2022-06-02, plus
 * 2022-06-03), the State Funeral (2022-09-19) and the Coronation (2023-05-08). Check new
 * announcements against https://www.gov.uk/bank-holidays and add them to the JSON file.
 */
import data from './data/bank-holidays-england-wales.json' with { type: 'json' };

/** Every England and Wales bank holiday from 2010 to 2030, as `YYYY-MM-DD`. */
export const BANK_HOLIDAYS_ENGLAND_WALES: ReadonlySet<string> = new Set(data);

/**
 * Whether a date is a bank holiday. Pass another set to use another nation's calendar.
 * @example isBankHoliday('2024-12-26') // true
 */
export function isBankHoliday(date: string, holidays: ReadonlySet<string> = BANK_HOLIDAYS_ENGLAND_WALES): boolean {
  return holidays.has(date);
}

/** The last day the list covers: timeliness after it would count bank holidays as working days. */
export const BANK_HOLIDAYS_COVER_UNTIL = `${[...BANK_HOLIDAYS_ENGLAND_WALES].sort().at(-1)!.slice(0, 4)}-12-31`;
