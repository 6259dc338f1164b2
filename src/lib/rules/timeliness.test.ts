import { describe, expect, test } from 'vitest';
import { assessTimeliness, RAPID_REVIEW_WORKING_DAYS, REPORT_MONTHS } from './timeliness.ts';

describe('the rapid review target', () => {
  test.each([
    // notified, completed, due, working days, within target, why
    ['2025-03-10', '2025-03-31', '2025-03-31', 15, true, 'completed on the due day itself'],
    ['2025-03-10', '2025-04-01', '2025-03-31', 16, false, 'completed the working day after the due day'],
    ['2025-03-10', '2025-03-20', '2025-03-31', 8, true, 'completed well inside the target'],
    ['2025-03-10', '2025-03-10', '2025-03-31', 0, true, 'completed the day it was notified'],
    // Notified the Monday before Easter 2025 (Good Friday 18 April, Easter Monday 21 April,
    // early May 5 May): the three bank holidays push the due day from 5 to 8 May.
    ['2025-04-14', '2025-05-07', '2025-05-08', 14, true, 'bank holidays bring a date three weeks on inside the target'],
    ['2025-04-14', '2025-05-08', '2025-05-08', 15, true, 'completed on the due day after Easter'],
    ['2025-04-14', '2025-05-09', '2025-05-08', 16, false, 'completed the day after the Easter due day'],
    // Notified on Maundy Thursday 2024: Good Friday and Easter Monday do not count.
    ['2024-03-28', '2024-04-19', '2024-04-22', 14, true, 'Easter makes a date 16 weekdays on fall inside the target'],
    ['2024-12-20', '2025-01-15', '2025-01-15', 15, true, 'completed on the due day after Christmas and New Year'],
    // Due Friday 31 January 2025; a weekend completion passes no further working day.
    ['2025-01-10', '2025-02-01', '2025-01-31', 15, true, 'completed on the Saturday after a Friday due day'],
    ['2025-01-10', '2025-02-03', '2025-01-31', 16, false, 'completed on the Monday after a Friday due day'],
  ])('notified %s, completed %s: due %s, %i working days, in time %s (%s)', (notified, rapidReview, due, workingDays, withinTarget) => {
    expect(assessTimeliness({ notified, rapidReview }).rapidReview).toEqual({ due, completed: rapidReview, workingDays, withinTarget });
  });

  test('without bank holidays the Easter case above is out of target', () => {
    const result = assessTimeliness({ notified: '2024-03-28', rapidReview: '2024-04-19' }, new Set());
    expect(result.rapidReview).toMatchObject({ due: '2024-04-18', workingDays: 16, withinTarget: false });
  });

  test.each([
    [{}],
    [{ notified: '2025-03-10' }],
    [{ rapidReview: '2025-03-20' }],
  ])('the rapid review is not assessed without both its dates: %o', (timeline) => {
    expect(assessTimeliness(timeline).rapidReview).toBeNull();
  });
});

describe('the final report target', () => {
  test.each([
    // started, completed, due, within target, whole months, why
    ['2025-01-15', '2025-07-15', '2025-07-15', true, 6, 'completed on the due day itself'],
    ['2025-01-15', '2025-07-16', '2025-07-15', false, 6, 'completed the day after the due day'],
    ['2025-01-15', '2025-07-14', '2025-07-15', true, 5, 'completed the day before the due day'],
    ['2025-01-15', '2025-03-01', '2025-07-15', true, 1, 'completed early'],
    ['2025-01-15', '2026-02-01', '2025-07-15', false, 12, 'completed a year on'],
    ['2025-08-31', '2026-02-28', '2026-02-28', true, 6, 'six months from 31 August end on 28 February'],
    ['2025-08-31', '2026-03-01', '2026-02-28', false, 6, 'a start on 31 August is late on 1 March'],
    ['2025-03-14', '2025-03-14', '2025-09-14', true, 0, 'completed the day it started'],
  ])('started %s, completed %s: due %s, in time %s, %i months (%s)', (started, completed, due, withinTarget, months) => {
    expect(assessTimeliness({ started, completed }).report).toEqual({ due, completed, withinTarget, months });
  });

  test.each([
    [{}],
    [{ started: '2025-01-15' }],
    [{ completed: '2025-07-15' }],
    [{ notified: '2025-01-02', rapidReview: '2025-01-20' }],
  ])('the report is not assessed without both its dates: %o', (timeline) => {
    expect(assessTimeliness(timeline).report).toBeNull();
  });
});

test('the targets are 15 working days and 6 months', () => {
  expect([RAPID_REVIEW_WORKING_DAYS, REPORT_MONTHS]).toEqual([15, 6]);
});

test('a full timeline is assessed on both targets at once', () => {
  expect(assessTimeliness({ notified: '2025-03-10', rapidReview: '2025-03-28', started: '2025-04-07', completed: '2025-11-03' })).toEqual({
    rapidReview: { due: '2025-03-31', completed: '2025-03-28', workingDays: 14, withinTarget: true },
    report: { due: '2025-10-07', completed: '2025-11-03', withinTarget: false, months: 6 },
  });
});
