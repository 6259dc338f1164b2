/**
 * A role pathway's order and length: what a practitioner should read first (briefings, the
 * seven-minute ones first), then courses by level, then reviews, each list cut to a few with a
 * link to the rest, so the page stays a few phone screens long.
 */

/** How many of each list the pathway shows before "See all". */
export const PATHWAY_LIMITS = { briefings: 3, coursesPerLevel: 2, reviews: 3 } as const;

export const COURSE_LEVELS = ['foundation', 'core', 'specialist'] as const;

interface BriefingLike { data: { format: string; published: string } }
interface CourseLike { data: { level: string } }
interface Themed { data: { themes: string[] } }

/**
 * Briefings in the order a practitioner should read them: seven-minute briefings first, then
 * the rest, newest first within each.
 * @example orderBriefings([{ data: { format: 'learning-summary', published: '2026-01-01' } }, { data: { format: 'seven-minute', published: '2024-01-01' } }])[0].data.format // 'seven-minute'
 */
export function orderBriefings<B extends BriefingLike>(briefings: readonly B[]): B[] {
  const rank = (b: B) => (b.data.format === 'seven-minute' ? 0 : 1);
  return [...briefings].sort((a, b) => rank(a) - rank(b) || b.data.published.localeCompare(a.data.published));
}

/**
 * Courses grouped by level, foundation first, leaving out levels with none; the order within a
 * level is kept.
 * @example groupByLevel([{ data: { level: 'core' } }, { data: { level: 'foundation' } }]).map((g) => g.level) // ['foundation', 'core']
 */
export function groupByLevel<C extends CourseLike>(courses: readonly C[]): { level: string; courses: C[] }[] {
  return COURSE_LEVELS.map((level) => ({ level, courses: courses.filter((c) => c.data.level === level) })).filter((g) => g.courses.length > 0);
}

/**
 * The first `limit` items and how many more there are.
 * @example cap([1, 2, 3, 4], 3) // { shown: [1, 2, 3], hidden: 1 }
 */
export function cap<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/**
 * How many of each list a capped pathway leaves out: a list with any left out gets "See all"
 * and a page of its own, so the page and the pages it links to agree on which lists are cut.
 * @example hiddenInPathway({ briefings: fiveBriefings, courses: [], reviews: [] }) // { briefings: 2, courses: 0, reviews: 0 }
 */
export function hiddenInPathway(lists: { briefings: readonly BriefingLike[]; courses: readonly CourseLike[]; reviews: readonly unknown[] }): { briefings: number; courses: number; reviews: number } {
  return {
    briefings: cap(lists.briefings, PATHWAY_LIMITS.briefings).hidden,
    courses: groupByLevel(lists.courses).reduce((n, g) => n + cap(g.courses, PATHWAY_LIMITS.coursesPerLevel).hidden, 0),
    reviews: cap(lists.reviews, PATHWAY_LIMITS.reviews).hidden,
  };
}

/**
 * The themes of a pathway's entries with how many entries carry each, most first: the choices
 * of its theme filter, so none leads to an empty page.
 * @example pathwayThemes([{ data: { themes: ['neglect'] } }, { data: { themes: ['neglect', 'online'] } }]) // [{ id: 'neglect', count: 2 }, { id: 'online', count: 1 }]
 */
export function pathwayThemes(entries: readonly Themed[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const id of new Set(entry.data.themes)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/**
 * Only the entries with a theme.
 * @example withTheme([{ data: { themes: ['neglect'] } }, { data: { themes: [] } }], 'neglect').length // 1
 */
export function withTheme<T extends Themed>(entries: readonly T[], theme: string): T[] {
  return entries.filter((e) => e.data.themes.includes(theme));
}
