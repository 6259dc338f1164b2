import { BANK_HOLIDAYS_COVER_UNTIL } from '../../rules/bank-holidays.ts';
import { addMonths, formatDate } from '../../dates.ts';
import type { Problem } from '../../errors.ts';

const FILE = 'src/lib/rules/data/bank-holidays-england-wales.json';

/**
 * A warning when the bank-holiday list ends within a year of the build: from then on a
 * review's timeliness (15 working days) would count bank holidays as working days.
 * @example checkCalendarData('2030-03-01')[0].severity // 'warning'
 */
export function checkCalendarData(buildDate: string | undefined, coverUntil = BANK_HOLIDAYS_COVER_UNTIL): Problem[] {
  if (!buildDate || addMonths(buildDate, 12) <= coverUntil) return [];
  return [
    {
      code: 'calendar-data-ending',
      file: FILE,
      field: '',
      message: `lists bank holidays only until ${formatDate(coverUntil)}. Add the next years' dates from the government's published list (gov.uk/bank-holidays), or working-day counts after ${formatDate(coverUntil)} will treat bank holidays as working days.`,
      severity: 'warning',
    },
  ];
}
