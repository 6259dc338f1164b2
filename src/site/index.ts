export { loadSite } from './load.ts';
export { entryHref, fileHref, href, titles } from './href.ts';
export { metaPolicy } from './csp.ts';
export type { AnyEntry, BriefingEntry, CourseEntry, NewsletterEntry, PageEntry, PriorityEntry, ReviewEntry, Site, UnpublishedEntry } from './load.ts';
