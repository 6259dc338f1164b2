import { describe, expect, test } from 'vitest';
import { LIST_CAP } from '../pagination.ts';
import { outlineLength, trainingOverview, TREE_CAP } from './training-overview.ts';
import { buildTrainingTree, toNestedOutline, type OutlineItem, type TrainingCourse, type TrainingTree } from './training-tree.ts';

type Level = TrainingCourse['level'];
const course = (slug: string, prerequisites: string[] = [], level: Level = 'core'): TrainingCourse => ({ slug, title: slug.toUpperCase(), level, prerequisites });

const countLines = (items: OutlineItem[]): number => items.reduce((n, item) => n + 1 + countLines(item.children), 0);
const edgesOf = (tree: TrainingTree) => tree.edges.map((e) => `${e.from} → ${e.to}`).sort();
/** Every prerequisite in the courses between two courses in `drawn`. */
const prerequisitesAmong = (courses: TrainingCourse[], drawn: Set<string>) =>
  courses.filter((c) => drawn.has(c.slug)).flatMap((c) => c.prerequisites.filter((p) => drawn.has(p)).map((p) => `${p} → ${c.slug}`)).sort();

// `starts` foundation courses, each leading to `cores` core courses, each leading to two
// specialist ones; every second specialist course also needs the next start's first core one.
function forest(starts: number, cores = 3): TrainingCourse[] {
  const out: TrainingCourse[] = [];
  const s = (i: number) => `f${String(i).padStart(3, '0')}`;
  for (let i = 0; i < starts; i += 1) {
    out.push(course(s(i), [], 'foundation'));
    for (let j = 0; j < cores; j += 1) {
      out.push(course(`${s(i)}-c${j}`, [s(i)], 'core'));
      out.push(course(`${s(i)}-c${j}-s0`, [`${s(i)}-c${j}`], 'specialist'));
      out.push(course(`${s(i)}-c${j}-s1`, [`${s(i)}-c${j}`, ...(i + 1 < starts ? [`${s(i + 1)}-c0`] : [])], 'specialist'));
    }
  }
  return out;
}

describe('outlineLength', () => {
  test.each<[string, TrainingCourse[]]>([
    ['no courses', []],
    ['one course', [course('a', [], 'foundation')]],
    ['a diamond, whose last course is under both paths', [course('a', [], 'foundation'), course('b', ['a']), course('c', ['a']), course('d', ['b', 'c'], 'specialist')]],
    ['a forest whose courses need two starts', forest(4)],
  ])('counts the lines of the written-out tree: %s', (_, courses) => {
    const tree = buildTrainingTree(courses);
    expect(outlineLength(tree)).toBe(countLines(toNestedOutline(tree)));
  });
});

describe('trainingOverview', () => {
  test('a tree that fits is drawn and listed whole', () => {
    const courses = forest(3);
    const overview = trainingOverview(courses);
    expect(overview.whole).toBe(true);
    expect(overview.drawn).toBe(overview.full);
    expect(overview.starts).toEqual({ drawn: 3, total: 3 });
    expect(overview.notDrawn.size).toBe(0);
    expect(overview.levels.map((l) => [l.level, l.shown.length, l.total])).toEqual([['foundation', 3, 3], ['core', 9, 9], ['specialist', 18, 18]]);
  });

  test('a bigger tree draws whole families of its first starting courses within the cap', () => {
    const courses = forest(40);
    const overview = trainingOverview(courses);
    expect(overview.whole).toBe(false);
    expect(outlineLength(overview.full)).toBeGreaterThan(TREE_CAP);
    expect(countLines(toNestedOutline(overview.drawn))).toBeLessThanOrEqual(TREE_CAP);
    const drawn = new Set(overview.drawn.nodes.keys());
    // The first starts, each with all it leads to; the next start is not drawn.
    expect(overview.starts.total).toBe(40);
    expect(overview.starts.drawn).toBeGreaterThan(1);
    const startsDrawn = [...drawn].filter((slug) => /^f\d+$/.test(slug));
    expect(startsDrawn).toEqual(Array.from({ length: overview.starts.drawn }, (_, i) => `f${String(i).padStart(3, '0')}`));
    for (const c of courses.filter((c) => startsDrawn.some((s) => c.slug.startsWith(s)))) expect(drawn, c.slug).toContain(c.slug);
    expect(drawn.size).toBe(overview.starts.drawn * 10);
    // Its lines are exactly the prerequisites between drawn courses.
    expect(edgesOf(overview.drawn)).toEqual(prerequisitesAmong(courses, drawn));
  });

  test('a drawn course names each prerequisite the picture leaves out, and only those', () => {
    const courses = forest(40);
    const overview = trainingOverview(courses);
    const drawn = new Set(overview.drawn.nodes.keys());
    for (const c of courses.filter((c) => drawn.has(c.slug))) {
      const missing = c.prerequisites.filter((p) => !drawn.has(p));
      expect((overview.notDrawn.get(c.slug) ?? []).map((n) => n.slug), c.slug).toEqual(missing);
    }
    const last = `f${String(overview.starts.drawn - 1).padStart(3, '0')}-c0-s1`;
    expect(overview.notDrawn.get(last)?.map((n) => n.slug)).toEqual([`f${String(overview.starts.drawn).padStart(3, '0')}-c0`]);
  });

  test('when one starting course leads to too many, its nearest courses are drawn, each under a drawn one', () => {
    const courses = [course('root', [], 'foundation'), ...Array.from({ length: 30 }, (_, i) => course(`c${i}`, ['root'])), ...Array.from({ length: 60 }, (_, i) => course(`s${i}`, [`c${i % 30}`], 'specialist'))];
    const overview = trainingOverview(courses, 20);
    expect(overview.starts).toEqual({ drawn: 1, total: 1 });
    expect(overview.drawn.nodes.size).toBe(20);
    expect([...overview.drawn.nodes.keys()].filter((s) => s.startsWith('s'))).toEqual([]);
    expect(toNestedOutline(overview.drawn).map((item) => item.slug)).toEqual(['root']);
    expect(edgesOf(overview.drawn)).toEqual(prerequisitesAmong(courses, new Set(overview.drawn.nodes.keys())));
  });

  test('a level with more than LIST_CAP courses lists its first LIST_CAP when the tree is cut, and says how many there are', () => {
    const overview = trainingOverview(forest(40));
    expect(overview.levels.map((l) => [l.level, l.shown.length, l.total])).toEqual([['foundation', LIST_CAP, 40], ['core', LIST_CAP, 120], ['specialist', LIST_CAP, 240]]);
    expect(overview.levels[0]!.shown.map((n) => n.slug)).toEqual(overview.full.byLevel.foundation.slice(0, LIST_CAP).map((n) => n.slug));
  });
});
