// Cascade's pure functions: no file system, no network, no `astro:` imports.
export { addDays, addMonths, compareDates, daysBetween, formatDate, formatMonthYear, isWeekend, yearOf } from './dates.ts';
export { BANK_HOLIDAYS_ENGLAND_WALES, isBankHoliday } from './bank-holidays.ts';
export { addWorkingDays, countWorkingDays } from './working-days.ts';
export { assessTimeliness, RAPID_REVIEW_WORKING_DAYS, REPORT_MONTHS } from './timeliness.ts';
export { isOverdue, recommendationState } from './recommendations.ts';
export { buildTrainingTree, findPrerequisiteCycles, toNestedOutline } from './training-tree.ts';
export { measureEditDistance, suggestClosest } from './suggest.ts';
export { countLevelTwoHeadings, listLevelTwoHeadings } from './markdown-sections.ts';
export { isPublic, publicationState, resolveBuildDate, todayInLondon, type PublicationState } from './publication.ts';
export { buildCrossIndex, type CrossIndex } from './cross-index.ts';
export { entryPath, withBase } from './urls.ts';
export { labelOf } from './labels.ts';
export { BuildStepError, CascadeError, ContentValidationError, ContrastError, type Problem } from './errors.ts';
export { formatProblems, validateContent, type RawContent, type ValidContent } from './validation/index.ts';
export { activityDates, buildImpactReport, listReportingYears, orderAgencies, recordAgency, reportingYearLabel, reportingYearOf, reportingYearRange, type ImpactInput, type ImpactReport } from './impact/index.ts';
export { drawBarChart, summariseBars, type Bar } from './charts/index.ts';
