/**
 * What of a page the search index is built from, as a hash, so a page whose HTML changed only
 * where pagefind does not read keeps its part of the index. Inside an element marked
 * data-pagefind-ignore pagefind indexes no words but still reads metadata, filters and sort
 * values (data-pagefind-meta/-filter/-sort, from an element's text or attributes) and may take
 * a page's picture from an <img>; everything else there (a list of other entries, their titles
 * and addresses) cannot change the index. Outside such elements every tag, attribute and word
 * counts. Entry pages list the entries they relate to inside ignored elements, so editing one
 * entry's title, or adding an entry, re-indexes the parts holding the pages that changed in
 * what pagefind reads, not every page that lists them.
 */
import { createHash } from 'node:crypto';
import { Tokenizer, type Token } from 'parse5';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const READ_WHEN_IGNORED = /^data-pagefind-(meta|filter|sort)$/;
const NOT_INDEXED = 'not indexed';

interface Open {
  name: string;
  /** Words here are not indexed. */
  ignored: boolean;
  /** Words here are read anyway: metadata, a filter or a sort value. */
  read: boolean;
}

/**
 * The hash of what pagefind can read from `html`.
 * @example indexedSignature('<main data-pagefind-body><p>Hi</p><ul data-pagefind-ignore><li>Other</li></ul></main>')
 *   === indexedSignature('<main data-pagefind-body><p>Hi</p><ul data-pagefind-ignore><li>Renamed</li><li>New</li></ul></main>') // true
 */
export function indexedSignature(html: string): string {
  // A page without a body to index (a numbered listing page among the entry folders) is
  // skipped by pagefind however its lists change: adding an entry moves every listing page.
  if (!html.includes('data-pagefind-body')) return NOT_INDEXED;
  const hash = createHash('sha256');
  const stack: Open[] = [];
  const top = (): Open | undefined => stack[stack.length - 1];
  const counts = () => {
    const open = top();
    return !open || !open.ignored || open.read;
  };
  const text = (token: Token.CharacterToken) => {
    if (counts()) hash.update(token.chars);
  };
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag: (token) => {
        const parent = top();
        const ignored = (parent?.ignored ?? false) || token.attrs.some((a) => a.name === 'data-pagefind-ignore');
        const read = (parent?.read ?? false) || token.attrs.some((a) => READ_WHEN_IGNORED.test(a.name));
        if (!ignored || read || token.tagName === 'img') hash.update(`<${token.tagName}${token.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
        if (!token.selfClosing && !VOID.has(token.tagName)) stack.push({ name: token.tagName, ignored, read });
      },
      onEndTag: (token) => {
        const at = stack.map((open) => open.name).lastIndexOf(token.tagName);
        if (at === -1) return;
        if (counts()) hash.update(`</${token.tagName}>`);
        stack.length = at;
      },
      onCharacter: text,
      onWhitespaceCharacter: text,
      onNullCharacter: text,
      onComment: () => {},
      onDoctype: () => {},
      onEof: () => {},
      onParseError: () => {},
    },
  );
  tokenizer.write(html, true);
  return hash.digest('hex');
}
