/**
 * Renders an entry's MDX body to HTML once, when the content is loaded, instead of compiling
 * every entry into a JavaScript module for the bundler. At a national repository's scale
 * (thousands of reviews) bundling every MDX file is what makes builds slow and memory-hungry;
 * rendered HTML is cached in the content store and only a changed file is rendered again.
 * MDX still works: JSX elements and expressions are evaluated to HTML through hastscript's
 * JSX runtime.
 */
import { evaluate } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { jsx as hastJsx } from 'hastscript/jsx-runtime';
import remarkGfm from 'remark-gfm';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedMdx {
  html: string;
  headings: Heading[];
}

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };

// hastscript builds a root for a `null` type, but MDX wants a truthy Fragment, and calls
// function components itself only when given a runtime that does.
const FRAGMENT = Symbol('fragment');
function jsx(type: unknown, props: Record<string, unknown>): unknown {
  if (type === FRAGMENT) return hastJsx(null, props as never);
  if (typeof type === 'function') return type(props);
  return hastJsx(type as string, props as never);
}
const runtime = { Fragment: FRAGMENT, jsx, jsxs: jsx };

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

/** Gives every heading an id (for links to a section) and lists them, as Astro does for Markdown. */
function collectHeadings(tree: HastNode): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const walk = (node: HastNode) => {
    const depth = /^h([1-6])$/.exec(node.tagName ?? '')?.[1];
    if (depth) {
      const text = textOf(node).trim();
      const slug = typeof node.properties?.id === 'string' ? node.properties.id : slugger.slug(text);
      node.properties = { ...node.properties, id: slug };
      headings.push({ depth: Number(depth), slug, text });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return headings;
}

/**
 * Renders an MDX body (Markdown with GitHub tables and task lists, plus JSX) to HTML.
 * @example await renderMdx('## Key messages\n\n| a | b |\n| - | - |\n| 1 | 2 |') // { html: '<h2 id="key-messages">…', headings: [...] }
 */
export async function renderMdx(source: string): Promise<RenderedMdx> {
  let Content: unknown;
  try {
    ({ default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm], development: false } as Parameters<typeof evaluate>[1]));
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const where = e.line ? `line ${e.line}${e.column ? `, column ${e.column}` : ''} of the body` : 'the body';
    throw new Error(`${where} is not valid MDX: ${e.reason ?? e.message}. Check for a stray <, { or } (write &lt; or \\{ for a literal one) or an unclosed tag.`, { cause: error });
  }
  const tree = (Content as (props: object) => HastNode)({});
  const headings = collectHeadings(tree);
  return { html: toHtml(tree as Parameters<typeof toHtml>[0]), headings };
}
