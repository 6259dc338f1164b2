/**
 * The web editor's configuration (Decap CMS `config.yml`), generated from the same field
 * descriptions as the scaffold and the field reference: the form asks for exactly what the
 * build accepts, and its select lists come from the content.
 */
import { editorHintOf, editorLabelOf, editorOptionsOf } from './cms-words.ts';
import type { FieldInfo } from './schema-fields.ts';

export interface CmsOption {
  label: string;
  value: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  labelSingular: string;
  fields: readonly FieldInfo[];
  /** Starting text of a new entry's body. */
  body: string;
}

/** Decap's `backend` block (see cms-backend.ts): `name` is `gitlab`, `github`… */
export interface CmsBackend {
  name: string;
  branch?: string;
  [setting: string]: unknown;
}

export interface CmsConfigInput {
  collections: readonly CmsCollection[];
  /** Options for fields that name ids in a data file: themes, agencies, sectors. */
  options: Readonly<Record<string, readonly CmsOption[]>>;
  backend: CmsBackend;
  siteUrl?: string;
  /** Offer Decap's local backend (`npx decap-server`): the dev server only, never a build. */
  localBackend?: boolean;
}

type Widget = Record<string, unknown>;

/** The name of the file format the admin page registers with Decap (entry-text.ts). */
export const ENTRY_FORMAT = 'cascade-mdx';


// A date only, stored YYYY-MM-DD and shown in the browser's own (en-GB) date picker. With no
// time there is nothing to shift between time zones, so the picker stays local: no "UTC"
// beside it, and "Now" is today in the UK even just after midnight in summer.
const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false };
const LONG_TEXT = new Set(['summary', 'text', 'impact', 'results', 'description']);

/**
 * The form's own check of a text's length, so "Entry saved" never follows a 308-character
 * summary or a summary of spaces. (Decap's text widget has no counter: our `counted-text`
 * widget adds one.) Decap shows the message after "didn't match the pattern:" and adds the
 * full stop itself.
 * @example lengthPatternOf({ min: 1, max: 300 }) // ['^(?=[\\s\\S]*\\S)[\\s\\S]{1,300}$', 'Write at most 300 characters…']
 */
export function lengthPatternOf(field: Pick<FieldInfo, 'min' | 'max'>): [string, string] | undefined {
  if (field.max) return [`^(?=[\\s\\S]*\\S)[\\s\\S]{${field.min ?? 0},${field.max}}$`, `Write at most ${field.max} characters, not only spaces. Shorten it: the build refuses a longer one`];
  if (field.min) return ['\\S', 'Write some words here, not only spaces'];
  return undefined;
}

function widgetOf(field: FieldInfo, input: CmsConfigInput): Widget {
  const item = field.item;
  const reference = field.reference ?? item?.reference;
  if (reference && input.options[reference]) return { widget: 'select', multiple: field.type === 'list', options: input.options[reference] };
  // Entries are looked up live through the git backend, so drafts can be named too and no
  // unpublished slug is ever written into the built site.
  if (reference) return { widget: 'relation', collection: reference, search_fields: ['title'], display_fields: ['title'], value_field: '{{slug}}', multiple: field.type === 'list' };
  switch (field.type) {
    case 'date':
      return { ...DATE_WIDGET };
    case 'number':
    case 'integer':
      return { widget: 'number', value_type: field.type === 'integer' ? 'int' : 'float', ...(field.min !== undefined && { min: field.min }), ...(field.max !== undefined && { max: field.max }) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'choice':
      return { widget: 'select', options: editorOptionsOf(field.values ?? []) };
    case 'object':
      // Decap demands an optional group's required fields once the group is shown (Decap
      // issue #2103), so inside an optional group every field is optional in the form and
      // `npm run check` judges the group as a whole.
      // An optional group starts folded away, so a review without a timeline shows one line.
      return { widget: 'object', collapsed: !field.required, fields: (field.fields ?? []).map((f) => fieldOf(field.required ? f : { ...f, required: false }, input)) };
    case 'list':
      if (item?.type === 'choice') return { widget: 'select', multiple: true, options: editorOptionsOf(item.values ?? []) };
      if (item?.type === 'object') return { widget: 'list', fields: (item.fields ?? []).map((f) => fieldOf(f, input)) };
      return { widget: 'list', field: { name: 'item', label: editorLabelOf(field.name), ...widgetOf(item!, input) } };
    default: {
      if (field.name === 'href') return { widget: 'file', choose_url: true };
      const pattern = field.pattern ? [field.pattern, 'Use lowercase letters, digits and hyphens'] : lengthPatternOf(field);
      // A limited text counts its characters as the editor types (src/client/admin.ts).
      if (field.max) return { widget: 'counted-text', maxlength: field.max, ...(pattern && { pattern }) };
      return { widget: LONG_TEXT.has(field.name) ? 'text' : 'string', ...(pattern && { pattern }) };
    }
  }
}

function fieldOf(field: FieldInfo, input: CmsConfigInput): Widget {
  // The size of a document is read from the file; a number typed by hand is only ever wrong.
  if (field.name === 'bytes') return { name: field.name, label: editorLabelOf(field.name), widget: 'hidden', required: false };
  const out: Widget = { name: field.name, label: editorLabelOf(field.name), ...widgetOf(field, input), required: field.required };
  const hint = editorHintOf(field);
  if (hint) out.hint = hint;
  if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) out.default = field.default;
  if (field.type === 'list' && field.min) out.min = field.min;
  if (field.type === 'list' && field.max) out.max = field.max;
  // Like `npm run new`, a new entry starts as a draft, so saving cannot publish it by accident.
  if (field.name === 'draft') Object.assign(out, { default: true, hint: 'Ticked, the entry stays off the public site. Untick it when the entry is ready to go live.' });
  return out;
}

// Bodies are prose, never code: without Decap's code-block component the editor never loads
// one of its 91 CodeMirror language chunks, so the build ships decap-cms.js alone.
const BODY_COMPONENTS = ['image'];

/** Decap cannot change the body when the format changes, so the hint says what the skeleton is. */
function bodyHintOf(body: string): string {
  const fill = 'Write under each heading in place of “Write this section here.”: the check refuses an entry that still has it.';
  const numbered = body.match(/^## \d+\. /gm)?.length ?? 0;
  return numbered === 7 ? `A new briefing starts with the seven numbered sections of a 7-minute briefing, which must have exactly seven. For another format, change the headings. ${fill}` : fill;
}

/**
 * The Decap CMS configuration object; write it out as `admin/config.yml`.
 * @example buildCmsConfig({ collections: [{ name: 'reviews', …, fields: entryFields('reviews') }], options: {}, backend: { name: 'git-gateway' } })
 */
export function buildCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { backend } = input;
  return {
    backend: { ...Object.fromEntries(Object.entries(backend).filter(([, v]) => v !== undefined)), branch: backend.branch ?? 'main' },
    // The dev server's editor saves through `npm run editor` on the editor's computer; a
    // published editor must not offer it (anyone could point it at a server of their own).
    ...(input.localBackend && { local_backend: true }),
    // Every save goes to its own branch and pull request, where CI runs `npm run check`
    // (.github/workflows/check-content.yml); only what passes is merged into main and built.
    publish_mode: 'editorial_workflow',
    ...(input.siteUrl && { site_url: input.siteUrl, display_url: input.siteUrl }),
    media_folder: 'public/reports',
    public_folder: '/reports',
    // The schemas refuse empty text; an optional field left blank must not be written at all.
    omit_empty_optional_fields: true,
    // A file name is the entry's web address: "Zoë’s review" must become zoe-s-review, the
    // only kind of name the build accepts (lowercase ASCII letters, digits and hyphens).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: input.collections.map((c) => ({
      name: c.name,
      label: c.label,
      label_singular: c.labelSingular,
      folder: `content/${c.name}`,
      create: true,
      extension: 'mdx',
      // src/client/admin.ts registers this format: keys in this order, YAML never folded.
      format: ENTRY_FORMAT,
      slug: '{{slug}}',
      identifier_field: 'title',
      // Schema order: the order the example content and hand-written files use, and the order
      // the format saves keys in (entry-text.ts), so a re-save moves no line.
      fields: [...c.fields.map((f) => fieldOf(f, input)), { name: 'body', label: 'Text', widget: 'markdown', default: c.body, hint: bodyHintOf(c.body), editor_components: BODY_COMPONENTS }],
    })),
  };
}
