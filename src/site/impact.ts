/**
 * Hands the public content to the impact figures. The site's entries and cross index already
 * hold only public entries, so every figure obeys the publication rule by construction.
 */
import { activityDates, asAtDate, listReportingYears, reportingQuarterLabel, reportingQuarterRange, reportingYearLabel, reportingYearOf, reportingYearRange, type ImpactInput } from '../lib/impact/index.ts';
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

export interface ReportPeriod {
  /** The URL segment: "2025" for a reporting year, "2025-q3" for a quarter. */
  slug: string;
  kind: 'year' | 'quarter';
  year: number;
  label: string;
  range: { from: string; to: string };
  /** The day it is judged at: its last day, or the build date while it runs. */
  asAt: string;
  /** The period before it of the same kind, for the change in the headline. */
  previous: { label: string; asAt: string } | null;
}

/**
 * Every period with a printable board report, newest first: each reporting year with a page,
 * and each of its quarters that has begun by the build date.
 */
export function reportPeriods(site: Site): ReportPeriod[] {
  const start = site.partnership.reportingYearStart;
  const years = reportingYears(site);
  const earliest = Math.min(...years.map((y) => y.year));
  const asAt = (range: { from: string; to: string }) => asAtDate(range, site.buildDate);
  const periods: ReportPeriod[] = [];
  for (const { year, label, range } of years) {
    const before = year > earliest ? reportingYearRange(year - 1, start) : null;
    periods.push({ slug: String(year), kind: 'year', year, label, range, asAt: asAt(range), previous: before && { label: reportingYearLabel(year - 1, start), asAt: before.to } });
    for (const quarter of [4, 3, 2, 1] as const) {
      const q = reportingQuarterRange(year, quarter, start);
      if (q.from > site.buildDate) continue;
      const prevYear = quarter === 1 ? year - 1 : year;
      const prevQuarter = quarter === 1 ? 4 : ((quarter - 1) as 1 | 2 | 3);
      const previous = prevYear >= earliest ? { label: reportingQuarterLabel(prevYear, prevQuarter, start), asAt: reportingQuarterRange(prevYear, prevQuarter, start).to } : null;
      periods.push({ slug: `${year}-q${quarter}`, kind: 'quarter', year, label: reportingQuarterLabel(year, quarter, start), range: q, asAt: asAt(q), previous });
    }
  }
  return periods;
}

/**
 * The reporting years among the report periods: the year pages and the lists behind them.
 * @example yearPeriods(site).map((p) => p.slug) // ['2026', '2025', …]
 */
export function yearPeriods(site: Site): ReportPeriod[] {
  return reportPeriods(site).filter((p) => p.kind === 'year');
}

/** The end of the reporting year before the current one, which the headline compares with. */
export function previousYearEnd(site: Site): { label: string; asAt: string } {
  const start = site.partnership.reportingYearStart;
  const previous = reportingYearOf(site.buildDate, start) - 1;
  return { label: reportingYearLabel(previous, start), asAt: reportingYearRange(previous, start).to };
}
