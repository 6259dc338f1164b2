/**
 * The publication rule, in one place. An entry is public when it is not a draft and its
 * `published` date is on or before the build date. The content pipeline (validateContent,
 * via entryState) tags every entry with its state once per build; everything that reaches
 * the public site (pages, listings, feeds, search, cards, documents) takes the public set it
 * returns, and a test (publication.test.ts) fails if another module applies the rule.
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
 * The state of an entry file from its frontmatter as written, before (or without) its
 * schema: a half-written draft is still a draft. `draftLine` is the reader's finding that a
 * file whose YAML does not parse says `draft: true`.
 * @example entryState({ title: 'x', published: '2030-01-01' }, '2026-11-22') // 'embargoed'
 */
export function entryState(frontmatter: unknown, buildDate: string, draftLine = false): PublicationState {
  const fields = (frontmatter ?? {}) as { draft?: unknown; published?: unknown };
  const published = fields.published instanceof Date ? fields.published.toISOString().slice(0, 10) : typeof fields.published === 'string' ? fields.published : undefined;
  return publicationState({ draft: draftLine || fields.draft === true, published }, buildDate);
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
