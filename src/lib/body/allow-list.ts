/**
 * The HTML an editor may write in a body, and the HTML a body may contain once rendered.
 * Editors write Markdown; HTML is for the few things Markdown cannot say (an abbreviation, a
 * collapsible section, a definition list, a language change). Everything here is inert: no
 * element or attribute on these lists can run code, load a file from another site, send a
 * form or change the page's look beyond the site's own styles.
 */
import type { Schema } from 'hast-util-sanitize';

/** Elements an editor may write as HTML in a body. */
export const EDITOR_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'var',
];

/** Attributes an editor may write on any allowed element. */
export const EDITOR_GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'dir', 'title'];

/** Attributes an editor may write on one element (HTML names, lowercase). */
export const EDITOR_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  details: ['open'],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  li: ['value'],
  ol: ['start', 'reversed', 'type'],
  q: ['cite'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  time: ['datetime'],
};

/** Attributes whose value is an address, judged by the URL rule. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite'];

/** Why an element is refused, for the ones editors are most likely to try. */
export const REFUSED_ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: 'it would run code in every reader’s browser',
  style: 'it would change or hide parts of the page; the site’s own styles apply to every body',
  iframe: 'it would load another site inside the page; link to it instead',
  frame: 'it would load another site inside the page; link to it instead',
  object: 'it would load a plug-in or another site; link to the file instead',
  embed: 'it would load a plug-in or another site; link to the file instead',
  form: 'it would send what readers type somewhere; link to the form instead',
  input: 'forms do not belong in a body; link to the form instead',
  button: 'buttons do nothing in a body; write a link instead',
  textarea: 'forms do not belong in a body; link to the form instead',
  select: 'forms do not belong in a body; link to the form instead',
  link: 'it would load a file from elsewhere',
  meta: 'it would change how the page behaves',
  base: 'it would change where every link on the page goes',
  svg: 'it can hold scripts; add a picture as an image file under public/ instead',
  math: 'it is not supported in a body',
  video: 'films belong in a briefing’s `media` field, which plays them with captions',
  audio: 'recordings belong in a briefing’s `media` field, which plays them with a transcript',
  template: 'it is not supported in a body',
  h1: 'the page title is the only level-one heading; start sections at ## (h2)',
};

const MARKDOWN_ELEMENTS = ['h1', 'input', 'section', 'tbody', 'thead', 'tr', 'th', 'td', 'table'];

// What rendered Markdown adds by itself: task-list checkboxes, table alignment, code language
// classes and GFM footnotes (whose ids carry the `user-content-` prefix set in render-body.ts).
const MARKDOWN_ATTRIBUTES: Schema['attributes'] = {
  a: ['dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref'], ['ariaDescribedBy', 'footnote-label'], ['ariaLabel', /^Back to reference/], ['id', /^user-content-/]],
  code: [['className', /^language-[\w-]+$/]],
  h2: [['className', 'sr-only'], ['id', 'footnote-label']],
  input: [['disabled', true], ['type', 'checkbox'], 'checked'],
  li: [['className', 'task-list-item'], ['id', /^user-content-fn-/]],
  ol: [['className', 'contains-task-list']],
  section: ['dataFootnotes', ['className', 'footnotes']],
  sup: [],
  td: [['align', 'left', 'center', 'right']],
  th: [['align', 'left', 'center', 'right']],
  ul: [['className', 'contains-task-list']],
};

/** The camel-cased hast name of an HTML attribute, as hast-util-sanitize expects. */
const hastName = (name: string): string => ({ colspan: 'colSpan', rowspan: 'rowSpan', datetime: 'dateTime' })[name] ?? name;

/**
 * The sanitiser's schema: what editors may write plus what Markdown itself produces. It is
 * the last line of defence; the body check refuses anything outside it first, by line.
 */
export const SANITIZE_SCHEMA: Schema = {
  strip: ['script', 'style', 'template', 'svg', 'math'],
  clobberPrefix: '',
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
  tagNames: [...new Set([...EDITOR_ELEMENTS, ...MARKDOWN_ELEMENTS])],
  attributes: {
    '*': [...EDITOR_GLOBAL_ATTRIBUTES],
    ...Object.fromEntries(
      [...new Set([...Object.keys(EDITOR_ATTRIBUTES), ...Object.keys(MARKDOWN_ATTRIBUTES ?? {})])].map((tag) => [
        tag,
        [...(EDITOR_ATTRIBUTES[tag] ?? []).map(hastName), ...(MARKDOWN_ATTRIBUTES?.[tag] ?? [])],
      ]),
    ),
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'], src: [] },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], li: ['ol', 'ul'], dt: ['dl'], dd: ['dl'], summary: ['details'] },
};
