/**
 * Where each course of the training tree sits in its picture: foundation courses (the roots)
 * at the bottom, core (the trunk) in the middle, specialist (the branches) at the top. Within
 * a level, each depth of prerequisites is a row of its own, so every prerequisite edge runs
 * between two different rows and never along one.
 */
import { COURSE_LEVELS, type CourseLevel } from '../schemas/course.ts';
import type { TrainingNode, TrainingTree } from './rules/training-tree.ts';

export interface LayoutOptions {
  /** Most nodes in one row before it wraps: keeps the picture readable when it scales down. */
  columns: number;
  nodeWidth: number;
  /** Characters a title line holds at the picture's font size. */
  lineChars: number;
  lineHeight: number;
  gapX: number;
  gapY: number;
  /** Room on the left for each level's label. */
  labelWidth: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { columns: 4, nodeWidth: 190, lineChars: 22, lineHeight: 18, gapX: 32, gapY: 48, labelWidth: 120 };

export interface PlacedNode {
  slug: string;
  title: string;
  level: CourseLevel;
  /** The title broken into lines that fit the node. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** SVG path data from the top of the prerequisite to the bottom of the course it leads to. */
  path: string;
  /** The route's corners, first and last on the two nodes: what the path draws, for checking. */
  points: [number, number][];
}

export interface LevelBand {
  level: CourseLevel;
  y: number;
  height: number;
}

export interface TreeLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  bands: LevelBand[];
}

/**
 * Breaks a title into lines of at most `max` characters at spaces; a longer word is split.
 * @example wrapTitle('Understanding the lived experience of the child', 22) // ['Understanding the', 'lived experience of the', …]
 */
export function wrapTitle(title: string, max: number): string[] {
  const words = title.split(/\s+/).filter(Boolean).flatMap((word) => word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? []);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Rows of one level, lowest depth first; each depth wraps after `columns` nodes.
function rowsOf(nodes: TrainingNode[], columns: number): TrainingNode[][] {
  const depths = [...new Set(nodes.map((n) => n.depth))].sort((a, b) => a - b);
  return depths.flatMap((depth) => {
    const row = nodes.filter((n) => n.depth === depth);
    return Array.from({ length: Math.ceil(row.length / columns) }, (_, i) => row.slice(i * columns, (i + 1) * columns));
  });
}

// Slots for a row's nodes, in order: each near its wish, all distinct and inside the grid.
function assignSlots(wishes: number[], columns: number): number[] {
  const slots = wishes.map((w) => Math.min(Math.max(Math.round(w), 0), columns - 1));
  for (let i = 1; i < slots.length; i++) slots[i] = Math.max(slots[i]!, slots[i - 1]! + 1);
  for (let i = slots.length - 1; i >= 0; i--) slots[i] = Math.min(slots[i]!, columns - (slots.length - i), i + 1 < slots.length ? slots[i + 1]! - 1 : columns);
  return slots;
}

// Rounded corners for an orthogonal route, so lines that share a channel part visibly.
function roundedPath(points: [number, number][], radius: number): string {
  let d = `M${points[0]![0]} ${points[0]![1]}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [[px, py], [x, y], [nx, ny]] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(radius, Math.abs(x - px) / 2 || Math.abs(y - py) / 2, Math.abs(nx - x) / 2 || Math.abs(ny - y) / 2);
    const before: [number, number] = [x - Math.sign(x - px) * r, y - Math.sign(y - py) * r];
    const after: [number, number] = [x + Math.sign(nx - x) * r, y + Math.sign(ny - y) * r];
    d += ` L${before[0]} ${before[1]} Q${x} ${y} ${after[0]} ${after[1]}`;
  }
  const last = points.at(-1)!;
  return `${d} L${last[0]} ${last[1]}`;
}

/** Space between two lines that run side by side, so each reads as its own line. */
const LANE_SPACING = 8;

/** Offsets of `count` lanes spread evenly around 0, `spacing` apart. */
const lanes = (count: number, spacing: number) => Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * spacing);

/**
 * Lays out the tree for an SVG picture. Pure and deterministic: the same courses give the
 * same picture whatever order they arrive in. Every row uses the same grid of slots, so the
 * gaps between columns line up into channels. Each prerequisite is drawn as a line of its own
 * and never shares a stretch with another (a shared "bus" would suggest paths that do not
 * exist): it leaves its course at a port of its own on the top edge and arrives at a port of
 * its own on the bottom edge; between neighbouring rows it is a curve across the gap, and a
 * longer one runs up a channel in a lane of its own, the gaps widening to fit the lanes.
 * @example
 * const layout = layoutTrainingTree(buildTrainingTree(courses));
 * layout.nodes[0] // { slug: 'basics', x: 333, y: 262, width: 190, height: 54, lines: ['Safeguarding basics'], … }
 */
export function layoutTrainingTree(tree: TrainingTree, options: LayoutOptions = DEFAULT_LAYOUT): TreeLayout {
  const { columns, nodeWidth, lineChars, lineHeight, labelWidth } = options;
  const wrapped = new Map([...tree.nodes.values()].map((n) => [n.slug, wrapTitle(n.title, lineChars)]));
  const nodeHeight = (Math.max(1, ...[...wrapped.values()].map((l) => l.length)) + 1) * lineHeight;

  // 1. Rows bottom up, foundation first (a row's index counts from the bottom), and slots.
  const rows: TrainingNode[][] = COURSE_LEVELS.flatMap((level) => rowsOf(tree.byLevel[level], columns));
  const slotOf = new Map<string, number>();
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const wish = (n: TrainingNode) => {
      const known = n.prerequisites.flatMap((p) => slotOf.get(p) ?? []);
      return known.length ? known.reduce((a, b) => a + b, 0) / known.length : (columns - 1) / 2;
    };
    const ordered = [...row].sort((a, b) => wish(a) - wish(b) || byText(a.title, b.title) || byText(a.slug, b.slug));
    // A row without wishes is centred as a block rather than piled on the middle slot.
    const centred = Math.floor((columns - ordered.length) / 2);
    const slots = assignSlots(ordered.map((n, i) => (n.prerequisites.some((p) => slotOf.has(p)) ? wish(n) : centred + i)), columns);
    ordered.forEach((node, i) => {
      slotOf.set(node.slug, slots[i]!);
      rowOf.set(node.slug, index);
    });
  });

  // 2. Lanes: a long edge takes one lane in its channel and one in each gap it crosses sideways.
  const edgeKey = (e: { from: string; to: string }) => `${e.from}\u0000${e.to}`;
  const sortedEdges = [...tree.edges].sort((a, b) => byText(edgeKey(a), edgeKey(b)));
  const long = sortedEdges.filter((e) => Math.abs(rowOf.get(e.to)! - rowOf.get(e.from)!) > 1);
  const channelOf = (e: { from: string; to: string }) => {
    const [sa, sb] = [slotOf.get(e.from)!, slotOf.get(e.to)!];
    return sb < sa ? sa : sa + 1;
  };
  // Gap g lies between row g and row g + 1; an upward edge turns in the gap above its source and below its target.
  const gapsOf = (e: { from: string; to: string }) => {
    const [ra, rb] = [rowOf.get(e.from)!, rowOf.get(e.to)!];
    return rb > ra ? [ra, rb - 1] : [ra - 1, rb];
  };
  const channelLanes = new Map<number, string[]>();
  const gapLanes = new Map<number, string[]>();
  for (const e of long) {
    channelLanes.set(channelOf(e), [...(channelLanes.get(channelOf(e)) ?? []), edgeKey(e)]);
    gapsOf(e).forEach((g, i) => gapLanes.set(g, [...(gapLanes.get(g) ?? []), `${edgeKey(e)}\u0000${i}`]));
  }
  const most = (m: Map<number, string[]>) => Math.max(0, ...[...m.values()].map((l) => l.length));
  const gapX = Math.max(options.gapX, (most(channelLanes) + 1) * LANE_SPACING);
  const gapY = Math.max(options.gapY, (most(gapLanes) + 3) * LANE_SPACING);

  // 3. Coordinates.
  const slotWidth = nodeWidth + gapX;
  // Half a gap more on the right, so the channel beyond the last column stays inside.
  const width = labelWidth + columns * slotWidth + gapX / 2;
  const slotLeft = (slot: number) => labelWidth + gapX / 2 + slot * slotWidth;
  const height = rows.length * (nodeHeight + gapY);
  const rowTop = (index: number) => height - gapY / 2 - nodeHeight - index * (nodeHeight + gapY);
  const nodes: PlacedNode[] = rows.flat().map((node) => ({ slug: node.slug, title: node.title, level: node.level, lines: wrapped.get(node.slug)!, x: slotLeft(slotOf.get(node.slug)!), y: rowTop(rowOf.get(node.slug)!), width: nodeWidth, height: nodeHeight }));
  nodes.sort((a, b) => rowOf.get(a.slug)! - rowOf.get(b.slug)! || a.x - b.x);
  const at = new Map(nodes.map((n) => [n.slug, n]));

  // Ports: a node's edges leave (and arrive) at points of their own along its edge, ordered by
  // where the other end lies so that lines from one node do not cross each other there. Lines
  // leave from the left half of a box and arrive at the right half, so a line leaving one box
  // never runs along a line arriving at the box above it.
  const centre = (slug: string) => at.get(slug)!.x + nodeWidth / 2;
  const portX = new Map<string, number>();
  const spread = (slug: string, side: -1 | 1, keys: string[], others: string[]) => {
    const order = keys.map((k, i) => [k, centre(others[i]!)] as const).sort((a, b) => a[1] - b[1] || byText(a[0], b[0]));
    const step = Math.min(nodeWidth / 2 / (order.length + 1), 16);
    order.forEach(([k], i) => portX.set(k, centre(slug) + (side * nodeWidth) / 4 + (i - (order.length - 1) / 2) * step));
  };
  for (const node of nodes) {
    const out = sortedEdges.filter((e) => e.from === node.slug);
    spread(node.slug, -1, out.map((e) => `out\u0000${edgeKey(e)}`), out.map((e) => e.to));
    const into = sortedEdges.filter((e) => e.to === node.slug);
    spread(node.slug, 1, into.map((e) => `in\u0000${edgeKey(e)}`), into.map((e) => e.from));
  }
  const laneOffset = (list: string[] | undefined, key: string) => lanes(list!.length, LANE_SPACING)[list!.indexOf(key)]!;

  const edges = tree.edges.map(({ from, to }) => {
    const key = edgeKey({ from, to });
    const [a, b] = [at.get(from)!, at.get(to)!];
    // Edges grow upwards; if an editor makes a lower level require a higher one, it runs down.
    const up = rowOf.get(to)! > rowOf.get(from)!;
    const [ax, bx] = [portX.get(`out\u0000${key}`)!, portX.get(`in\u0000${key}`)!];
    const [ay, by] = [up ? a.y : a.y + a.height, up ? b.y + b.height : b.y];
    if (Math.abs(rowOf.get(to)! - rowOf.get(from)!) === 1) {
      const bend = (by - ay) / 2;
      return { from, to, path: `M${ax} ${ay} C${ax} ${ay + bend} ${bx} ${by - bend} ${bx} ${by}`, points: [[ax, ay], [bx, by]] as [number, number][] };
    }
    const sign = up ? -1 : 1;
    const [gapA, gapB] = gapsOf({ from, to });
    const turnA = ay + (sign * gapY) / 2 + laneOffset(gapLanes.get(gapA!), `${key}\u00000`);
    const turnB = by - (sign * gapY) / 2 + laneOffset(gapLanes.get(gapB!), `${key}\u00001`);
    const channel = labelWidth + channelOf({ from, to }) * slotWidth + laneOffset(channelLanes.get(channelOf({ from, to })), key);
    const points: [number, number][] = [[ax, ay], [ax, turnA], [channel, turnA], [channel, turnB], [bx, turnB], [bx, by]];
    return { from, to, path: roundedPath(points, 6), points };
  });

  const bands = COURSE_LEVELS.flatMap((level) => {
    const inLevel = nodes.filter((n) => n.level === level);
    if (inLevel.length === 0) return [];
    const top = Math.min(...inLevel.map((n) => n.y)) - gapY / 2;
    const bottom = Math.max(...inLevel.map((n) => n.y + n.height)) + gapY / 2;
    return [{ level, y: top, height: bottom - top }];
  });

  return { width, height, nodes, edges, bands };
}
