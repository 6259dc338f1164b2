/**
 * Hands the public content to the impact figures. The site's entries and cross index already
 * hold only public entries, so every figure obeys the publication rule by construction.
 */
import { activityDates, listReportingYears, reportingYearLabel, reportingYearRange, type ImpactInput } from '../lib/impact/index.ts';
import type { Site } from './load.ts';

/** The site as the impact figures read it. */
export function impactInput(site: Site): ImpactInput {
  const { buildDate, reviews, briefings, courses, priorities, newsletters, agencies, index } = site;
  return { buildDate, reviews, briefings, courses, priorities, newsletters, agencies, index };
}

export interface ReportingYear {
  year: number;
  label: string;
  range: { from: string; to: string };
}

/** Every reporting year with a page, newest first, up to the one the build date falls in. */
export function reportingYears(site: Site): ReportingYear[] {
  const start = site.partnership.reportingYearStart;
  return listReportingYears(activityDates(impactInput(site)), site.buildDate, start).map((year) => ({
    year,
    label: reportingYearLabel(year, start),
    range: reportingYearRange(year, start),
  }));
}
