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

/**
 * The issue's sections in reading order, empty ones left out; the web page, the email and
 * the text version all follow it.
 * @example issueSections(issue).map((s) => s.heading) // ['In this issue', 'Reviews', …]
 */
export function issueSections(issue: GatheredIssue): { heading: string; items: IssueItem[] }[] {
  const sections = [
    { heading: 'In this issue', items: issue.featured },
    { heading: 'Reviews', items: issue.reviews },
    { heading: 'Learning briefings', items: issue.briefings },
    { heading: 'New courses', items: issue.courses },
  ];
  return sections.filter((s) => s.items.length > 0);
}
