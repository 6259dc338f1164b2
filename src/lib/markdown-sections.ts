/**
 * Level-two headings in an MDX body, read line by line without a full Markdown parse: a
 * seven-minute briefing must have exactly seven `##` sections, and the build checks that
 * before rendering anything.
 */

// CommonMark: up to three spaces of indent, then `##`, then a space or tab or the line end.
const LEVEL_TWO_HEADING = /^ {0,3}##(?:[ \t]+(.*))?$/;
// An optional closing run of `#`, which is not part of the text.
const CLOSING_SEQUENCE = /(?:^|[ \t]+)#+[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

interface Fence {
  marker: '`' | '~';
  length: number;
}

function openFence(line: string): Fence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const run = match[1]!;
  // A backtick fence's info string cannot hold a backtick, or it would be inline code.
  if (run[0] === '`' && match[2]!.includes('`')) return null;
  return { marker: run[0] as Fence['marker'], length: run.length };
}

function closesFence(line: string, fence: Fence): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return match !== null && match[1]![0] === fence.marker && match[1]!.length >= fence.length;
}

/**
 * The text of each level-two heading, in order, skipping fenced code blocks and headings
 * with no text. A fence left open runs to the end of the body, as in CommonMark.
 * @example listLevelTwoHeadings('## 1. What happened\n\n```md\n## not this\n```\n## 2. Learning ##') // ['1. What happened', '2. Learning']
 */
export function listLevelTwoHeadings(body: string): string[] {
  const headings: string[] = [];
  let fence: Fence | null = null;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    fence = openFence(line);
    if (fence) continue;
    const match = LEVEL_TWO_HEADING.exec(line);
    const text = match?.[1]?.replace(CLOSING_SEQUENCE, '').trim();
    if (text) headings.push(text);
  }
  return headings;
}

/**
 * How many level-two headings with text an MDX body has, outside fenced code blocks.
 * @example countLevelTwoHeadings('## One\ntext\n## Two\n### Not counted') // 2
 */
export function countLevelTwoHeadings(body: string): number {
  return listLevelTwoHeadings(body).length;
}

const ANY_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/**
 * Level-two sections with nothing written under them (the next thing is another `##` or
 * higher heading, or the end), with the body line of each heading.
 * @example emptyLevelTwoSections('## One\n\n## Two\ntext') // [{ text: 'One', line: 1 }]
 */
export function emptyLevelTwoSections(body: string): { text: string; line: number }[] {
  const empty: { text: string; line: number }[] = [];
  let open: { text: string; line: number } | undefined;
  let fence: Fence | null = null;
  body.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      return;
    }
    fence = openFence(line);
    if (fence) {
      open = undefined;
      return;
    }
    const heading = ANY_HEADING.exec(line);
    if (heading && heading[1]!.length <= 2) {
      if (open) empty.push(open);
      const text = LEVEL_TWO_HEADING.exec(line)?.[1]?.replace(CLOSING_SEQUENCE, '').trim();
      open = heading[1]!.length === 2 ? { text: text ?? '', line: i + 1 } : undefined;
    } else if (line.trim() !== '') open = undefined;
  });
  if (open) empty.push(open);
  return empty;
}
