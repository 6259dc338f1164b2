export { loadSite } from './load.ts';
export { entryHref, href, titles } from './href.ts';
export type { AnyEntry, BriefingEntry, CourseEntry, NewsletterEntry, PageEntry, PriorityEntry, ReviewEntry, Site } from './load.ts';
export { cardContent, cardContents, type SiteCard } from './cards.ts';
