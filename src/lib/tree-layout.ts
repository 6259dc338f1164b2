/**
 * Where each course of the training tree sits in its picture: foundation courses (the roots)
 * at the bottom, core (the trunk) in the middle, specialist (the branches) at the top. Within
 * a level, each depth of prerequisites is a row of its own, so every prerequisite edge runs
 * between two different rows and never along one.
 */
import { COURSE_LEVELS, type CourseLevel } from '../schemas/course.ts';
import type { TrainingNode, TrainingTree } from './training-tree.ts';

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

export const DEFAULT_LAYOUT: LayoutOptions = { columns: 4, nodeWidth: 190, lineChars: 22, lineHeight: 18, gapX: 24, gapY: 44, labelWidth: 120 };

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

/**
 * Lays out the tree for an SVG picture. Pure and deterministic: the same courses give the
 * same picture whatever order they arrive in. Rows are filled bottom up, and within a row a
 * course sits near the average position of its prerequisites, which keeps edges short.
 * @example
 * const layout = layoutTrainingTree(buildTrainingTree(courses));
 * layout.nodes[0] // { slug: 'basics', x: 120, y: 262, width: 190, height: 54, lines: ['Safeguarding basics'], … }
 */
export function layoutTrainingTree(tree: TrainingTree, options: LayoutOptions = DEFAULT_LAYOUT): TreeLayout {
  const { columns, nodeWidth, lineChars, lineHeight, gapX, gapY, labelWidth } = options;
  const wrapped = new Map([...tree.nodes.values()].map((n) => [n.slug, wrapTitle(n.title, lineChars)]));
  const nodeHeight = (Math.max(1, ...[...wrapped.values()].map((l) => l.length)) + 1) * lineHeight;
  const rowWidth = columns * nodeWidth + (columns - 1) * gapX;
  const width = labelWidth + rowWidth;

  // Bottom-up rows: foundation first; y is counted from the bottom and flipped at the end.
  const centreX = new Map<string, number>();
  const rows: { level: CourseLevel; nodes: TrainingNode[] }[] = [];
  for (const level of COURSE_LEVELS) {
    for (const row of rowsOf(tree.byLevel[level], columns)) rows.push({ level, nodes: row });
  }
  const placedFromBottom: (PlacedNode & { bottom: number })[] = [];
  rows.forEach((row, index) => {
    const pull = (n: TrainingNode) => {
      const known = n.prerequisites.flatMap((p) => centreX.get(p) ?? []);
      return known.length ? known.reduce((a, b) => a + b, 0) / known.length : Number.POSITIVE_INFINITY;
    };
    const ordered = [...row.nodes].sort((a, b) => pull(a) - pull(b) || byText(a.title, b.title) || byText(a.slug, b.slug));
    const used = ordered.length * nodeWidth + (ordered.length - 1) * gapX;
    const left = labelWidth + (rowWidth - used) / 2;
    ordered.forEach((node, i) => {
      const x = left + i * (nodeWidth + gapX);
      centreX.set(node.slug, x + nodeWidth / 2);
      placedFromBottom.push({ slug: node.slug, title: node.title, level: node.level, lines: wrapped.get(node.slug)!, x, y: 0, width: nodeWidth, height: nodeHeight, bottom: gapY / 2 + index * (nodeHeight + gapY) });
    });
  });

  const height = rows.length * (nodeHeight + gapY);
  const nodes: PlacedNode[] = placedFromBottom.map(({ bottom, ...node }) => ({ ...node, y: height - bottom - nodeHeight }));
  const at = new Map(nodes.map((n) => [n.slug, n]));

  const edges = tree.edges.map(({ from, to }) => {
    const a = at.get(from)!;
    const b = at.get(to)!;
    // An edge leaves the top of the prerequisite and enters the bottom of the course above;
    // if an editor makes a lower level require a higher one, it runs the other way.
    const up = b.y < a.y;
    const [x1, y1] = [a.x + a.width / 2, up ? a.y : a.y + a.height];
    const [x2, y2] = [b.x + b.width / 2, up ? b.y + b.height : b.y];
    const bend = (y2 - y1) / 2;
    return { from, to, path: `M${x1} ${y1} C${x1} ${y1 + bend} ${x2} ${y2 - bend} ${x2} ${y2}` };
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
