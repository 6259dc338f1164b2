import { describe, expect, test } from 'vitest';
import { BUILD_DATE, FIXTURE, YEAR_2025 } from '../../../tests/fixtures/impact-partnership.ts';
import { activityDates, buildImpactReport, listReportingYears } from './index.ts';

describe('buildImpactReport', () => {
  test('gathers every section for the period it is given', () => {
    const report = buildImpactReport(FIXTURE, YEAR_2025);
    expect(report.period).toEqual(YEAR_2025);
    expect([report.howMuch.reviews, report.howWell.recommendations, report.difference.impacts.length, report.dissemination.length]).toEqual([2, 4, 1, 2]);
    expect(report.agencies.map((a) => a.agency.id)).toEqual(['council', 'police', 'health']);
  });
});

describe('activityDates', () => {
  test('gives the year pages from the earliest activity to the build year', () => {
    // Earliest: gamma's report completed 2023-09-01 → 2023/24; the build (2026-01-15) is in 2025/26.
    // alpha R4 due 2026-06-30 (2026/27) is in the future and adds no page.
    expect(listReportingYears(activityDates(FIXTURE), BUILD_DATE, 4)).toEqual([2025, 2024, 2023]);
  });
});
