/**
 * How much of the training tree the training page draws and lists. A tree whose written-out
 * outline fits in TREE_CAP lines is drawn whole, with every course listed by level, as a
 * partnership's own programme always is. A bigger tree is drawn from its first starting courses
 * (those that need no other), each with every course it leads to, as many as fit; each level's
 * list shows its first LIST_CAP courses and "See all" leads to the rest. The page then stays
 * the same size at 60 courses or 6,000, and what it draws is still exact: every line is a
 * prerequisite, and every prerequisite between two drawn courses is a line.
 */
import { LIST_CAP } from '../pagination.ts';
import { COURSE_LEVELS, type CourseLevel } from '../../schemas/course.ts';
import { buildTrainingTree, type TrainingCourse, type TrainingNode, type TrainingTree } from './training-tree.ts';

/** Most lines the outline of the drawn tree may have (a course under two others counts twice). */
export const TREE_CAP = 60;

export interface LevelList {
  level: CourseLevel;
  /** The courses the training page lists, in tree order (by title). */
  shown: TrainingNode[];
  /** Courses of this level in the whole tree. */
  total: number;
}

export interface TrainingOverview {
  /** The whole tree, for the level lists and their pages. */
  full: TrainingTree;
  /** What the page draws: the whole tree, or the part grown from its first starting courses. */
  drawn: TrainingTree;
  /** Every course is drawn (and listed). */
  whole: boolean;
  /** Starting courses (those with no prerequisite) drawn, and in the whole tree. */
  starts: { drawn: number; total: number };
  /** For each drawn course with prerequisites the picture leaves out, those prerequisites. */
  notDrawn: Map<string, TrainingNode[]>;
  /** Each level with any course, foundation first. */
  levels: LevelList[];
}

const startsOf = (tree: TrainingTree) => [...tree.nodes.values()].filter((node) => node.prerequisites.length === 0);

/**
 * How many lines the outline of `tree` (see toNestedOutline) has, counted only over the
 * courses in `within` (all of them by default): each course once for every path to it.
 * @example outlineLength(buildTrainingTree([{ slug: 'a', title: 'A', level: 'foundation', prerequisites: [] }])) // 1
 */
export function outlineLength(tree: TrainingTree, within: ReadonlySet<string> = new Set(tree.nodes.keys())): number {
  const lines = new Map<string, number>();
  const linesOf = (slug: string): number => {
    let n = lines.get(slug);
    if (n === undefined) {
      n = 1 + tree.nodes.get(slug)!.leadsTo.reduce((sum, next) => sum + (within.has(next) ? linesOf(next) : 0), 0);
      lines.set(slug, n);
    }
    return n;
  };
  let total = 0;
  for (const slug of within) if (!tree.nodes.get(slug)!.prerequisites.some((p) => within.has(p))) total += linesOf(slug);
  return total;
}

// A starting course and every course it leads to, nearest first.
function familyOf(tree: TrainingTree, start: TrainingNode): string[] {
  const family = [start.slug];
  const seen = new Set(family);
  for (let i = 0; i < family.length; i += 1) {
    for (const next of tree.nodes.get(family[i]!)!.leadsTo) {
      if (!seen.has(next)) {
        seen.add(next);
        family.push(next);
      }
    }
  }
  return family;
}

// The courses to draw: whole families of the first starting courses while they fit. When not
// even the first fits, its nearest courses that do, each under one already drawn.
function chooseDrawn(tree: TrainingTree, limit: number): { slugs: Set<string>; starts: number } {
  const drawn = new Set<string>();
  let starts = 0;
  for (const start of startsOf(tree)) {
    const family = familyOf(tree, start);
    const candidate = new Set([...drawn, ...family]);
    if (outlineLength(tree, candidate) <= limit) {
      family.forEach((slug) => drawn.add(slug));
      starts += 1;
      continue;
    }
    if (starts === 0) {
      for (const slug of family) {
        const node = tree.nodes.get(slug)!;
        if (slug !== start.slug && !node.prerequisites.some((p) => drawn.has(p))) continue;
        drawn.add(slug);
        if (outlineLength(tree, drawn) > limit) drawn.delete(slug);
      }
      starts = 1;
    }
    break;
  }
  return { slugs: drawn, starts };
}

/**
 * What the training page draws and lists for these courses (see the file's comment).
 * @example
 * const overview = trainingOverview(courses); // 500 courses
 * overview.whole // false
 * outlineLength(overview.drawn) <= TREE_CAP // true
 * overview.levels.map((l) => [l.level, l.shown.length, l.total]) // [['foundation', 10, 50], …]
 */
export function trainingOverview(courses: readonly TrainingCourse[], limit = TREE_CAP): TrainingOverview {
  const full = buildTrainingTree(courses);
  const whole = outlineLength(full) <= limit;
  const { slugs, starts } = whole ? { slugs: new Set(full.nodes.keys()), starts: startsOf(full).length } : chooseDrawn(full, limit);
  // Prerequisites naming no drawn course are dropped, so the drawn tree's edges are exactly
  // the prerequisites between drawn courses.
  const drawn = whole ? full : buildTrainingTree(courses.filter((course) => slugs.has(course.slug)));
  const notDrawn = new Map<string, TrainingNode[]>();
  for (const slug of drawn.nodes.keys()) {
    const missing = full.nodes.get(slug)!.prerequisites.filter((p) => !slugs.has(p));
    if (missing.length > 0) notDrawn.set(slug, missing.map((p) => full.nodes.get(p)!));
  }
  const levels = COURSE_LEVELS.filter((level) => full.byLevel[level].length > 0).map((level) => ({
    level,
    shown: whole ? full.byLevel[level] : full.byLevel[level].slice(0, LIST_CAP),
    total: full.byLevel[level].length,
  }));
  return { full, drawn, whole, starts: { drawn: starts, total: startsOf(full).length }, notDrawn, levels };
}
