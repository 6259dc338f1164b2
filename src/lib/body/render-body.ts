/**
 * Turns an entry's body into safe HTML, once, when content is read: Markdown with GitHub
 * tables, task lists and footnotes, plus the small allow-list of HTML in ./allow-list.ts.
 * Nothing in a body is ever evaluated. The sanitiser runs on every body even though the
 * content check has refused anything outside the allow-list, so what reaches a page is safe
 * whatever the check missed; a draft's problems, for instance, only warn.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Handler } from 'mdast-util-to-hast';
import { toHast } from 'mdast-util-to-hast';
import { SANITIZE_SCHEMA } from './allow-list.ts';
import { parseBody } from './parse-body.ts';
import { judgeUrl } from './safe-url.ts';
import type { BodyProblem, Heading } from './_types.ts';

export interface RenderedBody {
  html: string;
  headings: Heading[];
  /** What the content check reports for this body; empty for a body that may be published. */
  problems: BodyProblem[];
}

// An expression is shown as the text it is (only in a preview: it stops a published build).
const asText: Handler = (_state, node: { value: string }) => ({ type: 'text', value: `{${node.value}}` });

const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** Gives every heading an id (for links to a section) and lists them, as Astro does for Markdown. */
function collectHeadings(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (depth) {
        const text = textOf(node).trim();
        const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
        node.properties.id = slug;
        headings.push({ depth: Number(depth), slug, text });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return headings;
}

/** Drops any address the sanitiser's scheme list lets through but the URL rule does not (`//host`, off-site images). */
function dropUnsafeAddresses(node: Nodes): void {
  if (node.type === 'element') {
    const element = node as Element;
    const href = element.properties.href;
    if (typeof href === 'string' && !judgeUrl(href).ok) delete element.properties.href;
    const src = element.properties.src;
    if (typeof src === 'string') {
      const verdict = judgeUrl(src);
      if (!verdict.ok || (verdict.kind !== 'site' && verdict.kind !== 'relative')) delete element.properties.src;
    }
  }
  if ('children' in node) (node.children as ElementContent[]).forEach(dropUnsafeAddresses);
}

function render(source: string): RenderedBody {
  const { tree, problems } = parseBody(source);
  const hast = toHast(tree, { allowDangerousHtml: true, handlers: { mdxFlowExpression: asText, mdxTextExpression: asText } });
  const safe = sanitize(raw(hast as Root), SANITIZE_SCHEMA) as Root;
  dropUnsafeAddresses(safe);
  const headings = collectHeadings(safe);
  return { html: toHtml(safe), headings, problems };
}

// One per process, keyed by a hash of the body: the content check and the content loader both
// need a body's result, and the check runs first in the same build (see scripts/build.ts).
// src/build/rendered-bodies.ts keeps it between builds, so an unchanged body is not parsed again.
const MEMO = Symbol.for('cascade.rendered-bodies');
interface Memo {
  results: Map<string, RenderedBody>;
  /** Keys asked for since the memo was last kept, and whether any had to be rendered. */
  used: Set<string>;
  rendered: number;
}
const memo: Memo = ((globalThis as Record<symbol, unknown>)[MEMO] ??= { results: new Map(), used: new Set(), rendered: 0 }) as Memo;
const MEMO_LIMIT = 50_000;

/** The key a body's result is kept under. */
export const bodyKey = (source: string): string => createHash('sha256').update(source).digest('base64url');

/**
 * Renders a body to safe HTML with its headings and the problems the content check reports.
 * @example renderBody('## What happened\n\nA *short* paragraph.').html // '<h2 id="what-happened">What happened</h2>\n<p>A <em>short</em> paragraph.</p>'
 */
export function renderBody(source: string): RenderedBody {
  const key = bodyKey(source);
  let result = memo.results.get(key);
  if (!result) {
    result = render(source);
    if (memo.results.size >= MEMO_LIMIT) memo.results.clear();
    memo.results.set(key, result);
    memo.rendered += 1;
  }
  memo.used.add(key);
  return result;
}

/** Adds results kept by an earlier build (they must come from this renderer: see rendered-bodies.ts). */
export function rememberRenderedBodies(kept: Iterable<[string, RenderedBody]>): void {
  for (const [key, result] of kept) if (!memo.results.has(key)) memo.results.set(key, result);
}

/**
 * The results asked for since the last call, and how many of them had to be rendered; starts
 * counting afresh, so the next build step sees only its own.
 */
export function takeRenderedBodies(): { used: Map<string, RenderedBody>; rendered: number } {
  const used = new Map([...memo.used].flatMap((key) => (memo.results.has(key) ? [[key, memo.results.get(key)!] as const] : [])));
  const { rendered } = memo;
  memo.used.clear();
  memo.rendered = 0;
  return { used, rendered };
}
