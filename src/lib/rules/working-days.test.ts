import { describe, expect, test } from 'vitest';
import { addWorkingDays, countWorkingDays } from './working-days.ts';

const NONE: ReadonlySet<string> = new Set();

describe('countWorkingDays', () => {
  test.each([
    ['2025-03-10', '2025-03-10', 0, 'the same day counts nothing'],
    ['2025-03-10', '2025-03-11', 1, 'Monday to Tuesday is one working day'],
    ['2025-03-10', '2025-03-14', 4, 'Monday to Friday counts Tuesday to Friday'],
    ['2025-03-14', '2025-03-17', 1, 'Friday to Monday skips the weekend'],
    ['2025-03-15', '2025-03-16', 0, 'Saturday to Sunday has none'],
    ['2025-03-15', '2025-03-17', 1, 'starting on a Saturday counts the Monday'],
    ['2025-03-10', '2025-03-31', 15, 'three weeks on from a Monday is 15 working days'],
    // Easter 2024: Good Friday 29 March and Easter Monday 1 April.
    ['2024-03-28', '2024-04-02', 1, 'Thursday before Easter to the Tuesday after skips four days'],
    ['2024-03-27', '2024-04-17', 13, 'three weeks across Easter lose two days'],
    // Christmas 2024: Wednesday 25 and Thursday 26 December, then New Year’s Day.
    ['2024-12-20', '2025-01-02', 6, 'across Christmas and New Year three bank holidays drop out'],
    // Christmas 2021: substitute days on Monday 27 and Tuesday 28 December.
    ['2021-12-24', '2021-12-29', 1, 'the 2021 substitute days are not working days'],
  ])('from %s to %s is %i working days (%s)', (from, to, expected) => {
    expect(countWorkingDays(from, to)).toBe(expected);
  });

  test('a date before `from` gives a negative count', () => {
    expect(countWorkingDays('2025-03-14', '2025-03-10')).toBe(-4);
  });

  test('an empty holiday set counts bank holidays as working days', () => {
    expect(countWorkingDays('2024-03-28', '2024-04-02', NONE)).toBe(3);
  });
});

describe('addWorkingDays', () => {
  test.each([
    ['2025-03-10', 0, '2025-03-10', 'adding none gives the day itself'],
    ['2025-03-15', 0, '2025-03-15', 'adding none to a Saturday gives the Saturday'],
    ['2025-03-10', 1, '2025-03-11', 'one working day after a Monday is the Tuesday'],
    ['2025-03-14', 1, '2025-03-17', 'one working day after a Friday is the Monday'],
    ['2025-03-15', 1, '2025-03-17', 'one working day after a Saturday is the Monday'],
    ['2025-03-10', 15, '2025-03-31', '15 working days after a Monday is the Monday three weeks on'],
    // Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    ['2025-04-17', 1, '2025-04-22', 'the working day after Maundy Thursday is Easter Tuesday'],
    ['2025-04-14', 15, '2025-05-08', '15 working days across Easter and early May run three days later'],
    // Christmas 2024.
    ['2024-12-20', 15, '2025-01-15', '15 working days across Christmas and New Year run three days later'],
    ['2024-12-24', 1, '2024-12-27', 'the working day after Christmas Eve is 27 December'],
    ['2025-03-17', -1, '2025-03-14', 'one working day before a Monday is the Friday'],
    ['2024-04-02', -1, '2024-03-28', 'one working day before Easter Tuesday is Maundy Thursday'],
  ])('%s plus %i working days is %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  test.each([
    ['2025-03-10', 15],
    ['2024-03-27', 15],
    ['2024-12-20', 15],
    ['2021-12-23', 5],
  ])('counting from %s to the date %i working days later gives that number back', (from, n) => {
    expect(countWorkingDays(from, addWorkingDays(from, n))).toBe(n);
  });
});
