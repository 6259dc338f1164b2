import { describe, expect, test } from 'vitest';
import { isOverdue, recommendationState, type RecommendationProgress } from './recommendations.ts';

const DUE = '2025-03-31';

describe('isOverdue', () => {
  test.each<[RecommendationProgress['status'], string, boolean, string]>([
    ['not-started', '2025-03-30', false, 'the day before it is due'],
    ['not-started', '2025-03-31', false, 'on the due date'],
    ['not-started', '2025-04-01', true, 'the day after it is due'],
    ['in-progress', '2025-03-31', false, 'on the due date'],
    ['in-progress', '2025-04-01', true, 'the day after it is due'],
    ['in-progress', '2027-01-01', true, 'long after it is due'],
    ['complete', '2025-04-01', false, 'after the due date, because it is closed'],
    ['not-achieved', '2025-04-01', false, 'after the due date, because it is closed'],
  ])('a %s recommendation due 2025-03-31 on %s is overdue: %s (%s)', (status, buildDate, expected) => {
    expect(isOverdue({ due: DUE, status }, buildDate)).toBe(expected);
  });
});

describe('recommendationState', () => {
  test.each<[RecommendationProgress, string, ReturnType<typeof recommendationState>]>([
    [{ due: DUE, status: 'not-started' }, '2025-03-31', 'not-started'],
    [{ due: DUE, status: 'not-started' }, '2025-04-01', 'overdue'],
    [{ due: DUE, status: 'in-progress' }, '2025-03-31', 'in-progress'],
    [{ due: DUE, status: 'in-progress' }, '2025-04-01', 'overdue'],
    [{ due: DUE, status: 'complete', completed: '2025-03-30' }, '2025-06-01', 'complete-on-time'],
    [{ due: DUE, status: 'complete', completed: '2025-03-31' }, '2025-06-01', 'complete-on-time'],
    [{ due: DUE, status: 'complete', completed: '2025-04-01' }, '2025-06-01', 'complete-late'],
    [{ due: DUE, status: 'complete' }, '2025-06-01', 'complete'],
    [{ due: DUE, status: 'complete' }, '2025-03-01', 'complete'],
    [{ due: DUE, status: 'not-achieved' }, '2025-06-01', 'not-achieved'],
    [{ due: DUE, status: 'not-achieved' }, '2025-03-01', 'not-achieved'],
  ])('%o on %s is %s', (rec, buildDate, expected) => {
    expect(recommendationState(rec, buildDate)).toBe(expected);
  });

  test.each<[string, string, ReturnType<typeof recommendationState>]>([
    ['2025-03-30', 'before it was due and before it was completed', 'in-progress'],
    ['2025-04-30', 'after it was due but before it was completed', 'overdue'],
    ['2025-05-02', 'on the day it was completed', 'complete-late'],
  ])('a recommendation due 2025-03-31 and completed 2025-05-02, as at %s (%s), is %s', (date, _, expected) => {
    expect(recommendationState({ due: DUE, status: 'complete', completed: '2025-05-02' }, date)).toBe(expected);
    expect(isOverdue({ due: DUE, status: 'complete', completed: '2025-05-02' }, date)).toBe(expected === 'overdue');
  });

  test('a completed date on an unfinished recommendation does not make it complete', () => {
    expect(recommendationState({ due: DUE, status: 'in-progress', completed: '2025-03-01' }, '2025-04-01')).toBe('overdue');
  });
});
