/**
 * Cross-references between entries, computed once per build from the public entries only:
 * a reference to anything unpublished simply finds nothing, so the link is absent.
 */
import { reviewSectors } from './rules/sectors.ts';

export interface Keyed<T> {
  id: string;
  data: T;
}

interface ReviewLike { themes: string[]; priorities: string[]; agencies: string[]; sectors?: string[] }
interface BriefingLike { themes: string[]; priorities: string[]; sectors: string[]; sources: string[]; courses: string[] }
interface CourseLike { themes: string[]; priorities: string[]; sectors: string[]; prerequisites: string[] }
interface PriorityLike { themes: string[] }
interface AgencyLike { id: string; sector?: string }

export interface CrossIndexInput<R extends ReviewLike, B extends BriefingLike, C extends CourseLike, P extends PriorityLike> {
  reviews: Keyed<R>[];
  briefings: Keyed<B>[];
  courses: Keyed<C>[];
  priorities: Keyed<P>[];
  agencies: AgencyLike[];
}

export interface Gathering<R, B, C> {
  reviews: Keyed<R>[];
  briefings: Keyed<B>[];
  courses: Keyed<C>[];
}

export interface CrossIndex<R, B, C, P> {
  review(id: string): Keyed<R> | undefined;
  briefing(id: string): Keyed<B> | undefined;
  course(id: string): Keyed<C> | undefined;
  priority(id: string): Keyed<P> | undefined;
  /** Briefings that name the review as a source. */
  briefingsFromReview(id: string): Keyed<B>[];
  /** Courses the review's briefings point to: where its learning is taught. */
  coursesFromReview(id: string): Keyed<C>[];
  /** The public reviews a briefing names as sources. */
  sourcesOfBriefing(id: string): Keyed<R>[];
  coursesOfBriefing(id: string): Keyed<C>[];
  /** Briefings that point to the course. */
  briefingsForCourse(id: string): Keyed<B>[];
  prerequisitesOf(id: string): Keyed<C>[];
  leadsTo(id: string): Keyed<C>[];
  prioritiesOf(ids: readonly string[]): Keyed<P>[];
  /** A priority's learning opportunities: everything that names it. */
  byPriority(id: string): Gathering<R, B, C>;
  byTheme(id: string): Gathering<R, B, C> & { priorities: Keyed<P>[] };
  /** Role pathway: briefings and courses tagged with the sector, reviews with the sector (given, or of an agency that took part). */
  bySector(id: string): Gathering<R, B, C>;
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

const uniqueById = <T extends { id: string }>(items: readonly T[]): T[] => [...new Map(items.map((i) => [i.id, i])).values()];

/**
 * Builds every cross-reference index in one pass over the public entries. Call once per
 * build; every lookup after that is a map read.
 * @example const index = buildCrossIndex({ reviews, briefings, courses, priorities, agencies }); index.briefingsFromReview('child-q')
 */
export function buildCrossIndex<R extends ReviewLike, B extends BriefingLike, C extends CourseLike, P extends PriorityLike>(
  input: CrossIndexInput<R, B, C, P>,
): CrossIndex<R, B, C, P> {
  const reviewById = new Map(input.reviews.map((e) => [e.id, e]));
  const briefingById = new Map(input.briefings.map((e) => [e.id, e]));
  const courseById = new Map(input.courses.map((e) => [e.id, e]));
  const priorityById = new Map(input.priorities.map((e) => [e.id, e]));
  const resolve = <T>(map: Map<string, T>, ids: readonly string[]): T[] => ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : []));

  const briefingsBySource = groupBy(input.briefings, (b) => b.data.sources);
  const briefingsByCourse = groupBy(input.briefings, (b) => b.data.courses);
  const coursesByPrerequisite = groupBy(input.courses, (c) => c.data.prerequisites);
  const sectorOfAgency = new Map(input.agencies.map((a) => [a.id, a.sector]));

  const gather = <K extends 'themes' | 'priorities'>(key: K) => ({
    reviews: groupBy(input.reviews, (e) => e.data[key]),
    briefings: groupBy(input.briefings, (e) => e.data[key]),
    courses: groupBy(input.courses, (e) => e.data[key]),
  });
  const byPriority = gather('priorities');
  const byTheme = gather('themes');
  const prioritiesByTheme = groupBy(input.priorities, (p) => p.data.themes);
  const bySector = {
    reviews: groupBy(input.reviews, (r) => reviewSectors(r.data, sectorOfAgency)),
    briefings: groupBy(input.briefings, (b) => b.data.sectors),
    courses: groupBy(input.courses, (c) => c.data.sectors),
  };
  const pick = (g: ReturnType<typeof gather>, id: string): Gathering<R, B, C> => ({
    reviews: (g.reviews.get(id) ?? []) as Keyed<R>[],
    briefings: (g.briefings.get(id) ?? []) as Keyed<B>[],
    courses: (g.courses.get(id) ?? []) as Keyed<C>[],
  });

  return {
    review: (id) => reviewById.get(id),
    briefing: (id) => briefingById.get(id),
    course: (id) => courseById.get(id),
    priority: (id) => priorityById.get(id),
    briefingsFromReview: (id) => briefingsBySource.get(id) ?? [],
    coursesFromReview: (id) => uniqueById((briefingsBySource.get(id) ?? []).flatMap((b) => resolve(courseById, b.data.courses))),
    sourcesOfBriefing: (id) => resolve(reviewById, briefingById.get(id)?.data.sources ?? []),
    coursesOfBriefing: (id) => resolve(courseById, briefingById.get(id)?.data.courses ?? []),
    briefingsForCourse: (id) => briefingsByCourse.get(id) ?? [],
    prerequisitesOf: (id) => resolve(courseById, courseById.get(id)?.data.prerequisites ?? []),
    leadsTo: (id) => coursesByPrerequisite.get(id) ?? [],
    prioritiesOf: (ids) => resolve(priorityById, ids),
    byPriority: (id) => pick(byPriority, id),
    byTheme: (id) => ({ ...pick(byTheme, id), priorities: prioritiesByTheme.get(id) ?? [] }),
    bySector: (id) => ({ ...pick(bySector as ReturnType<typeof gather>, id) }),
  };
}
