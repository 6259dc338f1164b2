/**
 * The as-at rule: a period is judged as it stood on its last day, or on the build date while
 * it is still running. A past reporting year's page therefore reads the same next year as it
 * did the day after the year ended: a recommendation completed after the year's end was still
 * open at it, and a briefing published after it had not yet carried any learning.
 *
 * Reviews are not held back by their `published` date: a recommendation is tracked from the
 * action plan, often before the report is published, and a rapid review counts in the year it
 * was done. Recommendations are judged by their own dates alone.
 */
import type { DateRange } from './reporting-year.ts';
import type { ImpactInput } from './_types.ts';

/**
 * The day a period is judged at: its last day, or the build date if that comes first.
 * @example asAtDate({ from: '2025-04-01', to: '2026-03-31' }, '2026-11-22') // '2026-03-31'
 */
export function asAtDate(range: DateRange, buildDate: string): string {
  return range.to < buildDate ? range.to : buildDate;
}

/**
 * The public content as it stood at the end of `date`: recommendations judged on that day, and
 * only the briefings and newsletters published by then.
 * @example inputAsAt(input, '2026-03-31').briefings // briefings published on or before 31 March 2026
 */
export function inputAsAt(input: ImpactInput, date: string): ImpactInput {
  const by = <T extends { data: { published: string } }>(list: T[]) => list.filter((e) => e.data.published <= date);
  return {
    ...input,
    buildDate: date,
    briefings: by(input.briefings),
    newsletters: by(input.newsletters),
    index: {
      briefingsFromReview: (id) => by(input.index.briefingsFromReview(id)),
      byPriority: (id) => input.index.byPriority(id),
      coursesFromReview: (id) => input.index.coursesFromReview(id),
    },
  };
}
