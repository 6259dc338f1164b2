import { describe, expect, test } from 'vitest';
import { buildTrainingTree, type TrainingCourse } from './training-tree.ts';
import { DEFAULT_LAYOUT, layoutTrainingTree, wrapTitle, type PlacedNode, type TreeLayout } from './tree-layout.ts';

const course = (slug: string, level: TrainingCourse['level'], prerequisites: string[] = [], title = `Course ${slug}`): TrainingCourse => ({ slug, title, level, prerequisites });

const SMALL = [
  course('basics', 'foundation', [], 'Safeguarding basics'),
  course('prevent', 'foundation', [], 'Prevent awareness'),
  course('together', 'core', ['basics'], 'Working together'),
  course('neglect', 'specialist', ['together'], 'Neglect'),
  course('abuse', 'specialist', ['together', 'prevent'], 'Domestic abuse and its effect on children and young people'),
];

// Twelve specialist courses on one core: wider than a row, so it must wrap.
const WIDE = [
  course('root', 'foundation'),
  course('trunk', 'core', ['root']),
  ...Array.from({ length: 12 }, (_, i) => course(`branch-${String(i).padStart(2, '0')}`, 'specialist', ['trunk'])),
];

// A foundation chain and a diamond across levels.
const DEEP = [
  course('a', 'foundation'),
  course('b', 'foundation', ['a']),
  course('c', 'core', ['b']),
  course('d', 'core', ['b']),
  course('e', 'specialist', ['c', 'd']),
  course('f', 'specialist', ['a']),
];

const overlaps = (a: PlacedNode, b: PlacedNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function endpoints(path: string): [number, number, number, number] {
  const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [numbers[0]!, numbers[1]!, numbers.at(-2)!, numbers.at(-1)!];
}

const layoutOf = (courses: TrainingCourse[]) => layoutTrainingTree(buildTrainingTree(courses));

describe('layoutTrainingTree', () => {
  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP]])('no two nodes of %s overlap', (_name, courses) => {
    const { nodes } = layoutOf(courses);
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) expect(overlaps(a, b), `${a.slug} overlaps ${b.slug}`).toBe(false);
    }
  });

  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP]])('every node of %s sits inside the picture', (_name, courses) => {
    const layout = layoutOf(courses);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.labelWidth);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
  });

  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP]])('every edge of %s runs from its prerequisite’s top to its course’s bottom', (_name, courses) => {
    const layout = layoutOf(courses);
    const at = new Map(layout.nodes.map((n) => [n.slug, n]));
    expect(layout.edges.length).toBe(courses.reduce((sum, c) => sum + c.prerequisites.length, 0));
    for (const edge of layout.edges) {
      const from = at.get(edge.from)!;
      const to = at.get(edge.to)!;
      expect(from && to, `${edge.from} → ${edge.to}`).toBeTruthy();
      expect(endpoints(edge.path)).toEqual([from.x + from.width / 2, from.y, to.x + to.width / 2, to.y + to.height]);
    }
  });

  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP]])('no edge of %s runs through a course it does not join', (_name, courses) => {
    const layout = layoutOf(courses);
    for (const edge of layout.edges) {
      const others = layout.nodes.filter((n) => n.slug !== edge.from && n.slug !== edge.to);
      for (const [[x1, y1], [x2, y2]] of edge.points.slice(1).map((end, i) => [edge.points[i]!, end])) {
        const steps = Math.ceil(Math.hypot(x2 - x1, y2 - y1));
        for (let t = 0; t <= steps; t++) {
          const [x, y] = [x1 + ((x2 - x1) * t) / steps, y1 + ((y2 - y1) * t) / steps];
          const hit = others.find((n) => x > n.x && x < n.x + n.width && y > n.y && y < n.y + n.height);
          expect(hit?.slug, `${edge.from} → ${edge.to} at ${x},${y}`).toBeUndefined();
        }
      }
    }
  });

  test('roots are at the bottom, the trunk in the middle and branches at the top', () => {
    const layout = layoutOf(DEEP);
    const lowest = (level: string) => Math.max(...layout.nodes.filter((n) => n.level === level).map((n) => n.y + n.height));
    const highest = (level: string) => Math.min(...layout.nodes.filter((n) => n.level === level).map((n) => n.y));
    expect(lowest('specialist')).toBeLessThan(highest('core'));
    expect(lowest('core')).toBeLessThan(highest('foundation'));
    expect(layout.bands.map((b) => b.level)).toEqual(['foundation', 'core', 'specialist']);
  });

  test('a course sits above the courses it requires, even inside one level', () => {
    const at = new Map(layoutOf(DEEP).nodes.map((n) => [n.slug, n]));
    expect(at.get('b')!.y).toBeLessThan(at.get('a')!.y);
  });

  test('a row holds at most the configured number of courses', () => {
    const rows = new Map<number, number>();
    for (const n of layoutOf(WIDE).nodes) rows.set(n.y, (rows.get(n.y) ?? 0) + 1);
    expect(Math.max(...rows.values())).toBe(DEFAULT_LAYOUT.columns);
    expect(rows.size).toBe(2 + Math.ceil(12 / DEFAULT_LAYOUT.columns));
  });

  test('the same courses in another order give the same picture', () => {
    const once: TreeLayout = layoutOf(SMALL);
    expect(layoutOf([...SMALL].reverse())).toEqual(once);
    expect(layoutOf(SMALL)).toEqual(once);
  });

  test('no courses give an empty picture', () => {
    expect(layoutOf([])).toMatchObject({ nodes: [], edges: [], bands: [], height: 0 });
  });
});

describe('wrapTitle', () => {
  test.each<[string, string, number, string[]]>([
    ['a short title stays on one line', 'Neglect', 22, ['Neglect']],
    ['a long title breaks at spaces', 'Understanding the lived experience of the child', 22, ['Understanding the', 'lived experience of', 'the child']],
    ['a word longer than a line is split', 'Supercalifragilistic', 8, ['Supercal', 'ifragili', 'stic']],
    ['extra spaces are ignored', '  Working   together ', 22, ['Working together']],
    ['an empty title has no lines', '', 22, []],
  ])('%s', (_name, title, max, lines) => {
    expect(wrapTitle(title, max)).toEqual(lines);
  });
});
