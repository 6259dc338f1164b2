// The impact report's figures: pure functions over the public entries `loadSite()` returns.
import { recordAgencies, type AgencyRecord } from './agencies.ts';
import { gatherDifference, type Difference } from './difference.ts';
import { planDissemination, type DisseminationRow } from './dissemination.ts';
import { findLearningGaps, type LearningGaps } from './gaps.ts';
import { countActivity, type HowMuch } from './how-much.ts';
import { assessPerformance, type HowWell } from './how-well.ts';
import type { ImpactInput, Period } from './_types.ts';

export { orderAgencies, otherRecommendations, recordAgencies, recordAgency, type AgencyRecord, type OwnedRecommendation } from './agencies.ts';
export { gatherDifference, type Difference, type ImpactStatement, type ResultStatement } from './difference.ts';
export { COURSE_AUDIENCES, NEWSLETTER_AUDIENCES, newsletterCarries, planDissemination, summariseDissemination, type DisseminationRow, type DisseminationSummary, type Method } from './dissemination.ts';
export { boardReport, cap, REPORT_LIMITS, shorten, type BoardReport, type Capped } from './board-report.ts';
export { findLearningGaps, type LearningGaps } from './gaps.ts';
export { countActivity, reviewsByYear, tallyBy, type HowMuch } from './how-much.ts';
export { assessPerformance, averageEvaluations, percentOf, STATE_LABELS, STATE_ORDER, type EvaluationLevel, type HowWell, type Share, type TargetMet } from './how-well.ts';
export { isWithin, listReportingYears, reportingQuarterLabel, reportingQuarterRange, reportingYearLabel, reportingYearOf, reportingYearRange, type DateRange } from './reporting-year.ts';
export { asAtDate, inputAsAt } from './as-at.ts';
export { countOpen, describeChange, listOverdue, overdueHeadline, type OverdueHeadline, type OverdueItem } from './overdue.ts';
export { csvField, overdueCsv } from './overdue-csv.ts';
export { buildTrend, describeDirection, shareOf, yearFigures, type TrendPoint, type YearFigures } from './trend.ts';
export type { AgencyFacts, ImpactIndex, ImpactInput, Period, Tally } from './_types.ts';

export interface ImpactReport {
  period: Period;
  howMuch: HowMuch;
  howWell: HowWell;
  difference: Difference;
  gaps: LearningGaps;
  dissemination: DisseminationRow[];
  agencies: AgencyRecord[];
}

/**
 * Every figure of the impact page for one reporting year, or all time when `period` is null.
 * @example buildImpactReport(input, reportingYearRange(2025, 4)).howWell.states
 */
export function buildImpactReport(input: ImpactInput, period: Period): ImpactReport {
  return {
    period,
    howMuch: countActivity(input, period),
    howWell: assessPerformance(input, period),
    difference: gatherDifference(input, period),
    gaps: findLearningGaps(input, period),
    dissemination: planDissemination(input, period),
    agencies: recordAgencies(input, period),
  };
}

/**
 * Every date that places activity in a reporting year, for the list of year pages.
 * @example activityDates(input) // ['2025-06-10', '2025-09-30', …]
 */
export function activityDates(input: ImpactInput): string[] {
  return [
    ...input.reviews.flatMap((r) => [r.data.published, ...r.data.recommendations.map((rec) => rec.due), r.data.timeline?.rapidReview ?? [], r.data.timeline?.completed ?? []].flat()),
    ...input.briefings.map((b) => b.data.published),
    ...input.courses.flatMap((c) => c.data.sessions.map((s) => s.date)),
  ];
}
