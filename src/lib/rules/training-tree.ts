/**
 * The multi-agency training tree: courses joined by their prerequisites, from foundation
 * (the roots) through core (the trunk) to specialist (the branches). The build checks it for
 * cycles, then lays it out for the SVG picture, its text equivalent and each course page.
 */
import { COURSE_LEVELS, type Course, type CourseLevel } from '../../schemas/course.ts';

export type TrainingCourse = Pick<Course, 'title' | 'level'> & { slug: string; prerequisites: readonly string[] };

export interface TrainingNode {
  slug: string;
  title: string;
  level: CourseLevel;
  /** Prerequisite slugs that name a course in the tree, in the editor's order, without repeats. */
  prerequisites: string[];
  /** Slugs of the courses that list this one as a prerequisite, in tree order. */
  leadsTo: string[];
  /** Length of the longest chain of prerequisites below this course: 0 when it has none. */
  depth: number;
}

/** From a prerequisite to a course that requires it: the way the tree grows. */
export interface TrainingEdge {
  from: string;
  to: string;
}

export interface TrainingTree {
  byLevel: Record<CourseLevel, TrainingNode[]>;
  /** Every course by slug, in tree order: by level, then title. */
  nodes: Map<string, TrainingNode>;
  edges: TrainingEdge[];
}

export interface OutlineItem {
  slug: string;
  title: string;
  level: CourseLevel;
  children: OutlineItem[];
}

// Prerequisites naming no course are dropped: the cross-reference check reports those.
function toPrerequisiteMap(courses: readonly TrainingCourse[]): Map<string, string[]> {
  const slugs = new Set(courses.map((course) => course.slug));
  const map = new Map<string, string[]>();
  for (const course of courses) {
    const known = [...(map.get(course.slug) ?? []), ...course.prerequisites].filter((slug) => slugs.has(slug));
    map.set(course.slug, [...new Set(known)]);
  }
  return map;
}

// Starting every cycle at its alphabetically first slug gives one spelling per cycle.
function rotateToFirst(cycle: string[]): string[] {
  const start = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}

/**
 * Cycles among prerequisites, each written from its alphabetically first slug and closed by
 * repeating it. A depth-first walk reports one cycle per prerequisite that loops back, which
 * finds at least one cycle in every knot of courses; once those are broken, the next build
 * reports any that remain.
 * @example
 * findPrerequisiteCycles([
 *   { slug: 'a', title: 'A', level: 'core', prerequisites: ['b'] },
 *   { slug: 'b', title: 'B', level: 'core', prerequisites: ['a'] },
 * ]) // [['a', 'b', 'a']]
 */
export function findPrerequisiteCycles(courses: readonly TrainingCourse[]): string[][] {
  const prerequisites = toPrerequisiteMap(courses);
  const state = new Map<string, 'on-path' | 'done'>();
  const path: string[] = [];
  const cycles = new Map<string, string[]>();

  const visit = (slug: string): void => {
    state.set(slug, 'on-path');
    path.push(slug);
    for (const next of [...prerequisites.get(slug)!].sort()) {
      if (state.get(next) === 'on-path') {
        const cycle = rotateToFirst(path.slice(path.indexOf(next)));
        cycles.set(cycle.join(' '), [...cycle, cycle[0]!]);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    path.pop();
    state.set(slug, 'done');
  };

  for (const slug of [...prerequisites.keys()].sort()) {
    if (!state.has(slug)) visit(slug);
  }
  return [...cycles.keys()].sort().map((key) => cycles.get(key)!);
}

function compareCourses(a: TrainingCourse, b: TrainingCourse): number {
  return COURSE_LEVELS.indexOf(a.level) - COURSE_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title, 'en-GB') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Lays out an acyclic set of courses as a tree. Check `findPrerequisiteCycles` first: a cycle
 * here throws, since no course on it has a finite depth.
 * @example
 * const tree = buildTrainingTree([
 *   { slug: 'basics', title: 'Safeguarding basics', level: 'foundation', prerequisites: [] },
 *   { slug: 'neglect', title: 'Neglect', level: 'specialist', prerequisites: ['basics'] },
 * ]);
 * tree.nodes.get('neglect')?.depth // 1
 * tree.edges // [{ from: 'basics', to: 'neglect' }]
 */
export function buildTrainingTree(courses: readonly TrainingCourse[]): TrainingTree {
  const prerequisites = toPrerequisiteMap(courses);
  const sorted = [...new Map(courses.map((course) => [course.slug, course])).values()].sort(compareCourses);

  const leadsTo = new Map<string, string[]>(sorted.map((course) => [course.slug, []]));
  for (const course of sorted) {
    for (const prerequisite of prerequisites.get(course.slug)!) leadsTo.get(prerequisite)!.push(course.slug);
  }

  const depths = new Map<string, number>();
  const depthOf = (slug: string, chain: readonly string[]): number => {
    const known = depths.get(slug);
    if (known !== undefined) return known;
    if (chain.includes(slug)) throw new Error(`The training tree has a prerequisite cycle (${[...chain.slice(chain.indexOf(slug)), slug].join(' → ')}); check findPrerequisiteCycles before building it.`);
    const depth = Math.max(-1, ...prerequisites.get(slug)!.map((prerequisite) => depthOf(prerequisite, [...chain, slug]))) + 1;
    depths.set(slug, depth);
    return depth;
  };

  const nodes = new Map<string, TrainingNode>();
  const byLevel: Record<CourseLevel, TrainingNode[]> = { foundation: [], core: [], specialist: [] };
  for (const course of sorted) {
    const node: TrainingNode = {
      slug: course.slug,
      title: course.title,
      level: course.level,
      prerequisites: prerequisites.get(course.slug)!,
      leadsTo: leadsTo.get(course.slug)!,
      depth: depthOf(course.slug, []),
    };
    nodes.set(node.slug, node);
    byLevel[node.level].push(node);
  }

  const edges = sorted.flatMap((course) => leadsTo.get(course.slug)!.map((to) => ({ from: course.slug, to })));
  return { byLevel, nodes, edges };
}

/**
 * The tree as nested lists, the text equivalent of its picture: each course without
 * prerequisites at the top, with the courses it leads to beneath it. A course with two
 * prerequisites appears under both, so every path through the tree can be read in full.
 * @example
 * toNestedOutline(tree)
 * // [{ slug: 'basics', title: 'Safeguarding basics', level: 'foundation',
 * //    children: [{ slug: 'neglect', title: 'Neglect', level: 'specialist', children: [] }] }]
 */
export function toNestedOutline(tree: TrainingTree): OutlineItem[] {
  const toItem = (node: TrainingNode): OutlineItem => ({
    slug: node.slug,
    title: node.title,
    level: node.level,
    children: node.leadsTo.map((slug) => toItem(tree.nodes.get(slug)!)),
  });
  return [...tree.nodes.values()].filter((node) => node.prerequisites.length === 0).map(toItem);
}
