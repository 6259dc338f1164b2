/**
 * Reads a body as Markdown (GitHub-flavoured) and finds everything in it that is code rather
 * than text: `{…}` expressions and `import`/`export` lines, the MDX syntax that would run on
 * the build machine if a body were compiled as a program. Cascade never compiles a body; the
 * expression syntax is parsed only so that it can be refused by line, and so that `\{` stays
 * the way to write a literal brace.
 */
import type { Root, RootContent } from 'mdast';
import { mdxExpressionFromMarkdown } from 'mdast-util-mdx-expression';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { checkHtml, urlProblem } from './check-html.ts';
import { judgeUrl, ALLOWED_URLS_HINT } from './safe-url.ts';
import type { BodyProblem } from './_types.ts';

/** A remark plugin: recognise `{…}` as an expression node (never evaluated). */
function expressionsAsNodes(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(mdxExpression());
  (data.fromMarkdownExtensions ??= []).push(mdxExpressionFromMarkdown());
}

const strict = unified().use(remarkParse).use(remarkGfm).use(expressionsAsNodes);
const plain = unified().use(remarkParse).use(remarkGfm);

const EXPRESSION_FIX = 'A body is text, never code. If you meant the braces as text, write \\{ and \\} instead; otherwise remove them.';
const ESM_LINE = /^(import|export)[\s{*]/;

type Node = RootContent | Root;
const start = (node: Node) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

function walk(node: Node, problems: BodyProblem[], depth: number): void {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ ...start(node), code: 'body-code', message: `{${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}} is a code expression. ${EXPRESSION_FIX}` });
      break;
    case 'html':
      problems.push(...checkHtml(node.value, start(node)));
      break;
    case 'link':
    case 'definition': {
      const verdict = judgeUrl(node.url);
      if (!verdict.ok) problems.push({ ...start(node), code: 'body-url', message: `the link address "${node.url}" ${verdict.reason}. ${ALLOWED_URLS_HINT}` });
      break;
    }
    case 'image': {
      const problem = urlProblem('img', 'src', node.url);
      if (problem) problems.push({ ...start(node), code: 'body-url', message: `the picture ${problem}` });
      break;
    }
    case 'paragraph': {
      const first = node.children[0];
      if (depth === 1 && first?.type === 'text' && first.position?.start.column === 1 && ESM_LINE.test(first.value))
        problems.push({ ...start(node), code: 'body-code', message: `a line starting "${first.value.split(/\s/)[0]}" is a line of code, and a body cannot import or export code. If it is a sentence, start it with a capital letter; otherwise remove it.` });
      break;
    }
  }
  if ('children' in node) for (const child of node.children) walk(child as Node, problems, depth + 1);
}

/**
 * Where the first `{` that has no `}` opens, outside code: the parser only knows where it gave
 * up (the end of the body), but the editor needs the brace.
 */
function unclosedBrace(source: string): { line: number; column: number } | undefined {
  // Blank out code (fenced blocks and inline spans) keeping every offset, then match braces.
  const text = source.replace(/^( {0,3})(`{3,}|~{3,})[\s\S]*?(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, (m) => m.replace(/[^\n]/g, ' ')).replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '{') open.push(i);
    else if (text[i] === '}') open.pop();
  }
  if (open.length === 0) return undefined;
  const before = source.slice(0, open[0]).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export interface ParsedBody {
  tree: Root;
  problems: BodyProblem[];
}

/**
 * The body's Markdown tree and every problem in it, each at its line and column in the body.
 * A body that cannot be read with expressions (an unclosed `{`) is reported and read again
 * as plain Markdown, so a preview still shows it.
 * @example parseBody('Hello {process.env.TOKEN}').problems[0] // { line: 1, column: 7, message: '{process.env.TOKEN} is a code expression. …' }
 */
export function parseBody(source: string): ParsedBody {
  const problems: BodyProblem[] = [];
  let tree: Root;
  try {
    tree = strict.parse(source);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    const at = unclosedBrace(source) ?? { line: e.line ?? 1, column: e.column ?? 1 };
    problems.push({ ...at, code: 'body-code', message: `this { is never closed, so the rest of the body cannot be read. ${EXPRESSION_FIX}` });
    tree = plain.parse(source);
  }
  walk(tree, problems, 0);
  return { tree, problems };
}
