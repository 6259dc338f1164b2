export { loadSite } from './load.ts';
export { absoluteHref, entryHref, href, titles } from './href.ts';

export { entryHref, href, titles } from './href.ts';
export { impactInput, reportingYears, type ReportingYear } from './impact.ts';
export type { AnyEntry, BriefingEntry, CourseEntry, NewsletterEntry, PageEntry, PriorityEntry, ReviewEntry, Site, UnpublishedEntry } from './load.ts';
export { FACET_NAMES, filterGroups, loadFacets, type FilterGroup, type BriefingFacet, type ReviewFacet, type SiteFacets } from './facets.ts';

export { cardContent, cardContents, type SiteCard } from './cards.ts';
export { FEED_COLLECTIONS, FEED_TITLES, feedOf, type FeedCollection } from './feeds.ts';
export { feedRoute } from './feed-route.ts';
export { issueContext } from './newsletters.ts';
export { openDataFile, openDataSchemaUrl } from './open-data.ts';
