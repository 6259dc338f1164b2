export { loadSite } from './load.ts';
export { entryHref, href, titles } from './href.ts';
export { impactInput, reportingYears, type ReportingYear } from './impact.ts';
export type { AnyEntry, BriefingEntry, CourseEntry, NewsletterEntry, PageEntry, PriorityEntry, ReviewEntry, Site, UnpublishedEntry } from './load.ts';
