/**
 * The publication rule, in one place. An entry is public when it is not a draft and its
 * `published` date is on or before the build date. Everything that reaches the public site
 * (pages, listings, counts, cross-links, feeds, search, cards) is filtered through here.
 */

export type PublicationState = 'public' | 'draft' | 'embargoed';

export interface Publishable {
  draft?: boolean;
  /** `YYYY-MM-DD`; entries without one (pages, priorities) are public unless drafts. */
  published?: string;
}

/**
 * The state of an entry on a build date.
 * @example publicationState({ published: '2030-01-01' }, '2026-11-22') // 'embargoed'
 */
export function publicationState(entry: Publishable, buildDate: string): PublicationState {
  if (entry.draft) return 'draft';
  if (entry.published && entry.published > buildDate) return 'embargoed';
  return 'public';
}

/**
 * Whether an entry may appear anywhere in a production build.
 * @example isPublic({ published: '2026-11-22' }, '2026-11-22') // true
 */
export function isPublic(entry: Publishable, buildDate: string): boolean {
  return publicationState(entry, buildDate) === 'public';
}

const BUILD_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's date in the United Kingdom, where partnerships publish: a build just after
 * midnight in London must already release that day's embargoes, whatever the server's zone.
 * @example todayInLondon(new Date('2026-06-30T23:30:00Z')) // '2026-07-01'
 */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The build date: `CASCADE_BUILD_DATE` when set (reproducible builds and tests), else today.
 * Throws on a malformed value rather than silently publishing on the wrong day.
 * @example resolveBuildDate({ CASCADE_BUILD_DATE: '2026-01-31' }) // '2026-01-31'
 */
export function resolveBuildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const fixed = env.CASCADE_BUILD_DATE?.trim();
  if (!fixed) return todayInLondon(now);
  const date = new Date(`${fixed}T00:00:00Z`);
  if (!BUILD_DATE_PATTERN.test(fixed) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== fixed) {
    throw new Error(`CASCADE_BUILD_DATE is "${fixed}", which is not a date. Write it as YYYY-MM-DD, e.g. CASCADE_BUILD_DATE=2026-04-01, or unset it to build as of today.`);
  }
  return fixed;
}
