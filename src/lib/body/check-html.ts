/**
 * Judges the HTML an editor wrote in a body against the allow-list, tag by tag, as the
 * browser would read it: character references decoded, every start tag seen even where the
 * tree builder would later drop or move it. Reports each refusal with its line and column.
 */
import { Tokenizer, type Token } from 'parse5';
import { EDITOR_ATTRIBUTES, EDITOR_ELEMENTS, EDITOR_GLOBAL_ATTRIBUTES, REFUSED_ELEMENT_REASONS, URL_ATTRIBUTES } from './allow-list.ts';
import { judgeUrl, ALLOWED_URLS_HINT } from './safe-url.ts';
import type { BodyProblem, Point } from './_types.ts';

const ELEMENTS = new Set(EDITOR_ELEMENTS);

function startTags(html: string): Token.TagToken[] {
  const tags: Token.TagToken[] = [];
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (token) => tags.push(token),
      onEndTag: ignore,
      onComment: ignore,
      onDoctype: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onEof: ignore,
      onParseError: ignore,
    },
  );
  tokenizer.write(html, true);
  return tags;
}

/** The body position of a point inside an HTML node that starts at `start`. */
function shift(start: Point, line: number, column: number): Point {
  return line === 1 ? { line: start.line, column: start.column + column - 1 } : { line: start.line + line - 1, column };
}

/**
 * Checks an element's address: links may go anywhere safe, images must be files on this site.
 * @example urlProblem('img', 'src', 'https://tracker.example/p.gif') // 'images must be files on this site…'
 */
export function urlProblem(tag: string, attribute: string, value: string): string | undefined {
  const verdict = judgeUrl(value);
  if (!verdict.ok) return `the address in ${attribute}="${value}" ${verdict.reason}. ${ALLOWED_URLS_HINT}`;
  if (tag === 'img' && attribute === 'src' && verdict.kind !== 'site' && verdict.kind !== 'relative')
    return `images must be files on this site, so that no other site learns who reads the page. Put the picture under public/ and write src="/images/…".`;
  return undefined;
}

/**
 * Every refusal in one piece of raw HTML from a body.
 * @example checkHtml('<iframe src="https://x.example"></iframe>', { line: 4, column: 1 })[0].message // '<iframe> is not allowed in a body: …'
 */
export function checkHtml(html: string, start: Point): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const tag of startTags(html)) {
    const name = tag.tagName;
    const at = shift(start, tag.location?.startLine ?? 1, tag.location?.startCol ?? 1);
    if (!ELEMENTS.has(name)) {
      const why = REFUSED_ELEMENT_REASONS[name] ?? 'it is not on the list of HTML a body may use';
      problems.push({ ...at, code: 'body-html', message: `<${name}> is not allowed in a body: ${why}. Remove it, or write the same thing in Markdown (the README's "Writing the text" lists the HTML a body may use).` });
      continue;
    }
    const allowed = new Set([...EDITOR_GLOBAL_ATTRIBUTES, ...(EDITOR_ATTRIBUTES[name] ?? [])]);
    for (const attr of tag.attrs) {
      const loc = tag.location?.attrs?.[attr.name];
      const where = loc ? shift(start, loc.startLine, loc.startCol) : at;
      if (!allowed.has(attr.name)) {
        const why = attr.name.startsWith('on')
          ? 'event handlers run code'
          : attr.name === 'style'
            ? 'the site’s own styles apply to every body, and a style can hide text or load files'
            : attr.name === 'srcdoc' || attr.name === 'srcset'
              ? 'it loads other content into the page'
              : `<${name}> may only have ${[...allowed].join(', ')}`;
        problems.push({ ...where, code: 'body-html', message: `the attribute ${attr.name} on <${name}> is not allowed: ${why}. Remove it.` });
        continue;
      }
      if (URL_ATTRIBUTES.includes(attr.name)) {
        const problem = urlProblem(name, attr.name, attr.value);
        if (problem) problems.push({ ...where, code: 'body-url', message: `on <${name}>, ${problem}` });
      }
    }
    if (name === 'img' && !tag.attrs.some((attr) => attr.name === 'alt'))
      problems.push({ ...at, code: 'body-html', message: '<img> has no alt text. Add alt="…" saying what the picture shows (or alt="" if it is only decoration).' });
  }
  return problems;
}
