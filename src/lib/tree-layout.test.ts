import { describe, expect, test } from 'vitest';
import { buildTrainingTree, type TrainingCourse } from './rules/training-tree.ts';
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

// Courses whose edges a shared bus would merge: two foundations feeding two core courses,
// and long edges from both up to the top row.
const BUS = [
  course('a', 'foundation'),
  course('b', 'foundation'),
  course('c', 'core', ['a']),
  course('d', 'core', ['b', 'c']),
  course('e', 'core', ['a', 'd']),
  course('f', 'specialist', ['a', 'b', 'c']),
  course('g', 'specialist', ['a', 'd', 'e']),
  course('h', 'specialist', ['b', 'e']),
];

/** Points every pixel or so along an edge as drawn: its curve, or its route of straight runs. */
function trace(edge: { path: string; points: [number, number][] }): [number, number][] {
  const out: [number, number][] = [];
  if (edge.points.length === 2) {
    const [[ax, ay], [bx, by]] = edge.points;
    const bend = (by - ay) / 2;
    const steps = Math.ceil(Math.hypot(bx - ax, by - ay));
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const u = 1 - t;
      out.push([u * u * u * ax + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * bx, u * u * u * ay + 3 * u * u * t * (ay + bend) + 3 * u * t * t * (by - bend) + t * t * t * by]);
    }
    return out;
  }
  for (const [[x1, y1], [x2, y2]] of edge.points.slice(1).map((end, i) => [edge.points[i]!, end])) {
    const steps = Math.ceil(Math.hypot(x2 - x1, y2 - y1));
    for (let i = 0; i <= steps; i++) out.push([x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps]);
  }
  return out;
}

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

  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP]])('every edge of %s runs from a port of its own on its prerequisite’s top to one on its course’s bottom', (_name, courses) => {
    const layout = layoutOf(courses);
    const at = new Map(layout.nodes.map((n) => [n.slug, n]));
    expect(layout.edges.length).toBe(courses.reduce((sum, c) => sum + c.prerequisites.length, 0));
    const starts = new Set<string>();
    const ends = new Set<string>();
    for (const edge of layout.edges) {
      const from = at.get(edge.from)!;
      const to = at.get(edge.to)!;
      expect(from && to, `${edge.from} → ${edge.to}`).toBeTruthy();
      const [x1, y1, x2, y2] = endpoints(edge.path);
      expect(y1).toBe(from.y);
      expect(x1).toBeGreaterThan(from.x);
      expect(x1).toBeLessThan(from.x + from.width);
      expect(y2).toBe(to.y + to.height);
      expect(x2).toBeGreaterThan(to.x);
      expect(x2).toBeLessThan(to.x + to.width);
      starts.add(`${x1},${y1}`);
      ends.add(`${x2},${y2}`);
    }
    expect(starts.size).toBe(layout.edges.length);
    expect(ends.size).toBe(layout.edges.length);
  });

  test.each<[string, TrainingCourse[]]>([['a small tree', SMALL], ['a wide tree', WIDE], ['a deep tree', DEEP], ['the shared-bus case', BUS]])('no two edges of %s share a stretch of line: each prerequisite reads as its own path', (_name, courses) => {
    const layout = layoutOf(courses);
    const traced = layout.edges.map((edge) => ({ edge: `${edge.from} → ${edge.to}`, points: trace(edge) }));
    for (const [i, a] of traced.entries()) {
      for (const b of traced.slice(i + 1)) {
        const shared = a.points.filter(([x, y]) => b.points.some(([u, v]) => Math.hypot(x - u, y - v) < 1)).length;
        // Two lines that cross share a few pixels, more at a shallow angle; lines that run
        // together (a bus) share a stretch of tens or hundreds.
        expect(shared, `${a.edge} and ${b.edge}`).toBeLessThanOrEqual(16);
      }
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
