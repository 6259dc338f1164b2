import { describe, expect, test } from 'vitest';
import { buildTrainingTree, findPrerequisiteCycles, toNestedOutline, type OutlineItem, type TrainingCourse } from './training-tree.ts';

type Level = TrainingCourse['level'];

function course(slug: string, prerequisites: string[] = [], level: Level = 'core', title = slug.toUpperCase()): TrainingCourse {
  return { slug, title, level, prerequisites };
}

// Slugs only, so that expected outlines read as a picture of the tree.
type Shape = [string, Shape[]];
function toShape(items: OutlineItem[]): Shape[] {
  return items.map((item) => [item.slug, toShape(item.children)]);
}

const SMALL_TREE = [
  course('neglect', ['working-together'], 'specialist', 'Neglect and its impact'),
  course('basics', [], 'foundation', 'Safeguarding basics'),
  course('working-together', ['basics'], 'core', 'Working together'),
  course('domestic-abuse', ['working-together'], 'specialist', 'Domestic abuse'),
  course('prevent', [], 'foundation', 'Prevent awareness'),
];

const DIAMOND = [
  course('a', [], 'foundation'),
  course('b', ['a'], 'core'),
  course('c', ['a'], 'core'),
  course('d', ['b', 'c'], 'specialist'),
];

describe('findPrerequisiteCycles', () => {
  test.each<[string, TrainingCourse[], string[][]]>([
    ['a tree without cycles has none', SMALL_TREE, []],
    ['a diamond, where two paths meet again, has none', DIAMOND, []],
    ['no courses have none', [], []],
    ['a course that is its own prerequisite is a cycle of one', [course('a', ['a'])], [['a', 'a']]],
    ['two courses requiring each other are a cycle', [course('a', ['b']), course('b', ['a'])], [['a', 'b', 'a']]],
    ['a three-course cycle is reported once, from its first slug', [course('b', ['c']), course('c', ['a']), course('a', ['b'])], [['a', 'b', 'c', 'a']]],
    ['a cycle is written in prerequisite order whichever slug comes first', [course('a', ['c']), course('c', ['b']), course('b', ['a'])], [['a', 'c', 'b', 'a']]],
    [
      'two separate cycles are both reported, in order',
      [course('z', ['y']), course('y', ['z']), course('c', ['d']), course('d', ['e']), course('e', ['c']), course('root')],
      [['c', 'd', 'e', 'c'], ['y', 'z', 'y']],
    ],
    ['a course leading into a cycle is not part of it', [course('start', ['a']), course('a', ['b']), course('b', ['a'])], [['a', 'b', 'a']]],
    ['two cycles sharing a course are both reported', [course('a', ['b']), course('b', ['a', 'c']), course('c', ['b'])], [['a', 'b', 'a'], ['b', 'c', 'b']]],
    ['a prerequisite naming no course is ignored', [course('a', ['missing']), course('b', ['a', 'missing'])], []],
    ['a prerequisite listed twice is one edge', [course('a', ['b', 'b']), course('b', ['a'])], [['a', 'b', 'a']]],
  ])('%s', (_, courses, expected) => {
    expect(findPrerequisiteCycles(courses)).toEqual(expected);
  });

  test('the same courses in another order give the same report', () => {
    const courses = [course('z', ['y']), course('y', ['z']), course('c', ['d']), course('d', ['e']), course('e', ['c'])];
    expect(findPrerequisiteCycles([...courses].reverse())).toEqual(findPrerequisiteCycles(courses));
  });
});

describe('buildTrainingTree', () => {
  test('courses are grouped by level and ordered by title', () => {
    const { byLevel, nodes } = buildTrainingTree(SMALL_TREE);
    expect(Object.fromEntries(Object.entries(byLevel).map(([level, list]) => [level, list.map((node) => node.slug)]))).toEqual({
      foundation: ['prevent', 'basics'],
      core: ['working-together'],
      specialist: ['domestic-abuse', 'neglect'],
    });
    expect([...nodes.keys()]).toEqual(['prevent', 'basics', 'working-together', 'domestic-abuse', 'neglect']);
  });

  test('each course knows its prerequisites, what it leads to and its depth', () => {
    const { nodes } = buildTrainingTree(SMALL_TREE);
    expect(nodes.get('working-together')).toEqual({
      slug: 'working-together',
      title: 'Working together',
      level: 'core',
      prerequisites: ['basics'],
      leadsTo: ['domestic-abuse', 'neglect'],
      depth: 1,
    });
    expect([...nodes.values()].map((node) => [node.slug, node.depth])).toEqual([
      ['prevent', 0],
      ['basics', 0],
      ['working-together', 1],
      ['domestic-abuse', 2],
      ['neglect', 2],
    ]);
  });

  test('edges run from each prerequisite to the course that needs it', () => {
    expect(buildTrainingTree(SMALL_TREE).edges).toEqual([
      { from: 'basics', to: 'working-together' },
      { from: 'working-together', to: 'domestic-abuse' },
      { from: 'working-together', to: 'neglect' },
    ]);
  });

  test('depth is the longest chain of prerequisites, not the shortest', () => {
    const { nodes } = buildTrainingTree([...DIAMOND, course('e', ['a', 'd'], 'specialist')]);
    expect(nodes.get('d')?.depth).toBe(2);
    expect(nodes.get('e')?.depth).toBe(3);
  });

  test('a diamond gives its meeting course two prerequisites and four edges', () => {
    const { nodes, edges } = buildTrainingTree(DIAMOND);
    expect(nodes.get('d')?.prerequisites).toEqual(['b', 'c']);
    expect(nodes.get('a')?.leadsTo).toEqual(['b', 'c']);
    expect(edges).toHaveLength(4);
  });

  test('a prerequisite naming no course is left out of the tree', () => {
    const { nodes, edges } = buildTrainingTree([course('a', ['missing'])]);
    expect(nodes.get('a')).toMatchObject({ prerequisites: [], depth: 0 });
    expect(edges).toEqual([]);
  });

  test('a tree with a cycle cannot be built, and the error says which courses loop', () => {
    expect(() => buildTrainingTree([course('a', ['b']), course('b', ['a'])])).toThrow(/a → b → a/);
  });
});

describe('toNestedOutline', () => {
  test('each course without prerequisites heads a list of the courses it leads to', () => {
    expect(toShape(toNestedOutline(buildTrainingTree(SMALL_TREE)))).toEqual([
      ['prevent', []],
      ['basics', [['working-together', [['domestic-abuse', []], ['neglect', []]]]]],
    ]);
  });

  test('a course with two prerequisites appears under each of them', () => {
    expect(toShape(toNestedOutline(buildTrainingTree(DIAMOND)))).toEqual([
      ['a', [['b', [['d', []]]], ['c', [['d', []]]]]],
    ]);
  });

  test('outline items carry the title and level for the text equivalent', () => {
    const [first] = toNestedOutline(buildTrainingTree([course('basics', [], 'foundation', 'Safeguarding basics')]));
    expect(first).toEqual({ slug: 'basics', title: 'Safeguarding basics', level: 'foundation', children: [] });
  });
});
