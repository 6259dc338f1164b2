/**
 * The web editor's configuration (Decap CMS `config.yml`), generated from the same field
 * descriptions as the scaffold and the field reference: the form asks for exactly what the
 * build accepts, and its select lists come from the content.
 */
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

export interface CmsBackend {
  /** `git-gateway`, `github`, `gitlab`… (Decap backend names). */
  name: string;
  repo?: string;
  branch?: string;
}

export interface CmsConfigInput {
  collections: readonly CmsCollection[];
  /** Options for fields that name ids in a data file: themes, agencies, sectors. */
  options: Readonly<Record<string, readonly CmsOption[]>>;
  backend: CmsBackend;
  siteUrl?: string;
}

type Widget = Record<string, unknown>;

/**
 * `keyMessages` → `Key messages`: the label an editor reads above the field.
 * @example fieldLabelOf('durationMinutes') // 'Duration minutes'
 */
export function fieldLabelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE_WIDGET = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
const LONG_TEXT = new Set(['summary', 'text', 'impact', 'results', 'description']);

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
      return { widget: 'select', options: field.values };
    case 'object':
      return { widget: 'object', collapsed: false, fields: (field.fields ?? []).map((f) => fieldOf(f, input)) };
    case 'list':
      if (item?.type === 'choice') return { widget: 'select', multiple: true, options: item.values };
      if (item?.type === 'object') return { widget: 'list', fields: (item.fields ?? []).map((f) => fieldOf(f, input)) };
      return { widget: 'list', field: { name: 'item', label: fieldLabelOf(field.name), ...widgetOf(item!, input) } };
    default:
      return { widget: LONG_TEXT.has(field.name) ? 'text' : 'string', ...(field.pattern && { pattern: [field.pattern, 'Use lowercase letters, digits and hyphens'] }) };
  }
}

function fieldOf(field: FieldInfo, input: CmsConfigInput): Widget {
  const out: Widget = { name: field.name, label: fieldLabelOf(field.name), ...widgetOf(field, input), required: field.required };
  if (field.description) out.hint = field.description;
  if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) out.default = field.default;
  if (field.type === 'list' && field.min) out.min = field.min;
  if (field.type === 'list' && field.max) out.max = field.max;
  // Like `npm run new`, a new entry starts as a draft, so saving cannot publish it by accident.
  if (field.name === 'draft') Object.assign(out, { default: true, hint: 'Ticked, the entry stays off the public site. Untick it when the entry is ready to go live.' });
  return out;
}

/**
 * The Decap CMS configuration object; write it out as `admin/config.yml`.
 * @example buildCmsConfig({ collections: [{ name: 'reviews', …, fields: entryFields('reviews') }], options: {}, backend: { name: 'git-gateway' } })
 */
export function buildCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { backend } = input;
  return {
    backend: { name: backend.name, ...(backend.repo && { repo: backend.repo }), branch: backend.branch ?? 'main' },
    // Only used when the admin is opened on localhost with `npx decap-server` running.
    local_backend: true,
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
      format: 'frontmatter',
      slug: '{{slug}}',
      identifier_field: 'title',
      fields: [...c.fields.map((f) => fieldOf(f, input)), { name: 'body', label: 'Text', widget: 'markdown', default: c.body }],
    })),
  };
}
