export { loadSite } from './load.ts';
export { entryHref, href, titles } from './href.ts';
export { metaPolicy } from './csp.ts';
export type { AnyEntry, BriefingEntry, CourseEntry, NewsletterEntry, PageEntry, PriorityEntry, ReviewEntry, Site, UnpublishedEntry } from './load.ts';
export { FACET_NAMES, filterGroups, loadFacets, type FilterGroup, type BriefingFacet, type ReviewFacet, type SiteFacets } from './facets.ts';
