/**
 * What a newsletter issue carries: it gathers itself from everything public published inside
 * its period, so an editor only writes the introduction and, optionally, what to put first.
 */
import { addDays } from '../dates.ts';
import { upcomingSessions, type SessionLike } from './sessions.ts';

/** Sessions are listed for this many weeks after the period ends: the weeks the issue is read in. */
export const SESSION_WEEKS = 6;

export type IssueCollection = 'reviews' | 'briefings' | 'courses' | 'priorities';

interface Gatherable {
  id: string;
  data: { title: string; summary: string; published?: string; draft?: boolean };
}
interface GatherableCourse extends Gatherable {
  data: Gatherable['data'] & { booking?: string | undefined; sessions: SessionLike[] };
}

export interface IssueSources {
  reviews: Gatherable[];
  briefings: Gatherable[];
  courses: GatherableCourse[];
  priorities: Gatherable[];
}

export interface IssueNewsletter {
  period: { from: string; to: string };
  featured: { collection: IssueCollection; slug: string }[];
}

export interface IssueItem {
  collection: IssueCollection;
  slug: string;
  title: string;
  summary: string;
  published?: string;
}

export interface IssueSession extends SessionLike {
  courseSlug: string;
  courseTitle: string;
  /** The course's booking page, for a session without its own. */
  courseBooking?: string | undefined;
}

export interface GatheredIssue {
  featured: IssueItem[];
  reviews: IssueItem[];
  briefings: IssueItem[];
  /** Courses first published inside the period. */
  courses: IssueItem[];
  /** Sessions of public courses dated in the weeks after the period. */
  sessions: IssueSession[];
  sessionWindow: { from: string; to: string };
}

const toItem = (collection: IssueCollection, e: Gatherable): IssueItem => ({ collection, slug: e.id, title: e.data.title, summary: e.data.summary, published: e.data.published });
const newestFirst = (a: IssueItem, b: IssueItem) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title);

/**
 * Whether an issue carries an entry: the editor featured it, or it was published inside the
 * issue's period. The one rule the issue's gathering and the impact pages' dissemination plan share.
 * @example issueCarries({ period: { from: '2025-06-01', to: '2025-08-31' }, featured: [] }, 'reviews', 'child-q', '2025-07-01') // true
 */
export function issueCarries(newsletter: { period: { from: string; to: string }; featured: readonly { collection: string; slug: string }[] }, collection: string, slug: string, published: string | undefined): boolean {
  if (newsletter.featured.some((f) => f.collection === collection && f.slug === slug)) return true;
  return published !== undefined && published >= newsletter.period.from && published <= newsletter.period.to;
}

/**
 * Gathers an issue: the featured entries first (in the editor's order, wherever they were
 * published), then the reviews, briefings and new courses published inside the period,
 * newest first, then course sessions in the six weeks after the period. It is given the public
 * set (src/site/newsletters.ts), so a draft or embargoed entry never reaches an issue.
 * @example gatherIssue({ period: { from: '2026-08-01', to: '2026-10-31' }, featured: [] }, sources).reviews.length // 2
 */
export function gatherIssue(newsletter: IssueNewsletter, sources: IssueSources): GatheredIssue {
  const { from, to } = newsletter.period;
  const pub = sources;

  const featured: IssueItem[] = [];
  const seen = new Set<string>();
  for (const ref of newsletter.featured) {
    const key = `${ref.collection}/${ref.slug}`;
    const entry = (pub[ref.collection] as Gatherable[]).find((e) => e.id === ref.slug);
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    featured.push(toItem(ref.collection, entry));
  }
  const inPeriod = (collection: 'reviews' | 'briefings' | 'courses') =>
    pub[collection]
      .filter((e) => issueCarries({ period: { from, to }, featured: [] }, collection, e.id, e.data.published) && !seen.has(`${collection}/${e.id}`))
      .map((e) => toItem(collection, e))
      .sort(newestFirst);

  const sessionWindow = { from: addDays(to, 1), to: addDays(to, SESSION_WEEKS * 7) };
  const sessions = pub.courses
    .flatMap((course) => upcomingSessions(course.data.sessions, sessionWindow.from).map((s) => ({ ...s, courseSlug: course.id, courseTitle: course.data.title, courseBooking: course.data.booking })))
    .filter((s) => s.date <= sessionWindow.to)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? '') || a.courseTitle.localeCompare(b.courseTitle));

  return { featured, reviews: inPeriod('reviews'), briefings: inPeriod('briefings'), courses: inPeriod('courses'), sessions, sessionWindow };
}

/**
 * Whether an issue has anything to show besides the editor's introduction.
 * @example isEmptyIssue({ featured: [], reviews: [], briefings: [], courses: [], sessions: [], sessionWindow }) // true
 */
export function isEmptyIssue(issue: GatheredIssue): boolean {
  return issue.featured.length + issue.reviews.length + issue.briefings.length + issue.courses.length + issue.sessions.length === 0;
}

export const ISSUE_COLLECTION_NOUNS: Record<IssueCollection, string> = {
  reviews: 'Review',
  briefings: 'Learning briefing',
  courses: 'Course',
  priorities: 'Priority',
};

/** The lists an issue gathers itself, each of which can be cut to its newest few. */
export type GatheredCollection = 'reviews' | 'briefings' | 'courses';

/** What "See all N …" calls each gathered list. */
export const GATHERED_NOUNS: Record<GatheredCollection, string> = {
  reviews: 'reviews',
  briefings: 'learning briefings',
  courses: 'new courses',
};

export interface IssueSection {
  heading: string;
  /** The gathered list this section shows; none for the editor's own "In this issue". */
  collection?: GatheredCollection;
  /** What the section shows: all of it, or the newest `cap` of a gathered list. */
  items: IssueItem[];
  /** How many the section has in all. */
  total: number;
}

/**
 * The issue's sections in reading order, empty ones left out; the web page, the email and
 * the text version all follow it. With `cap`, a gathered list shows its newest `cap` entries
 * (the issue's own page of that list has them all), so an issue of a large repository stays
 * readable; the editor's featured entries are never cut.
 * @example issueSections(issue, 10).map((s) => [s.heading, s.items.length, s.total]) // [['In this issue', 1, 1], ['Reviews', 10, 37]]
 */
export function issueSections(issue: GatheredIssue, cap = Infinity): IssueSection[] {
  const gathered = (heading: string, collection: GatheredCollection): IssueSection => ({ heading, collection, items: issue[collection].slice(0, cap), total: issue[collection].length });
  const sections = [
    { heading: 'In this issue', items: issue.featured, total: issue.featured.length },
    gathered('Reviews', 'reviews'),
    gathered('Learning briefings', 'briefings'),
    gathered('New courses', 'courses'),
  ];
  return sections.filter((s) => s.total > 0);
}

/**
 * The site path of an issue's whole gathered list, behind its "See all".
 * @example issueListPath('autumn-2026', 'reviews') // 'newsletters/autumn-2026/reviews/'
 */
export const issueListPath = (slug: string, collection: GatheredCollection): string => `newsletters/${slug}/${collection}/`;
