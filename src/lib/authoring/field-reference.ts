/**
 * The field reference for editors (docs/fields.md), rendered from the schemas so it cannot
 * drift from what the build accepts.
 */
import { allowedValuesOf } from './scaffold.ts';
import { exampleOf, type FieldInfo } from './schema-fields.ts';

export interface ReferenceSection {
  title: string;
  /** Where the files are, as Markdown, e.g. `` `content/reviews/*.mdx` ``. */
  where: string;
  fields: readonly FieldInfo[];
}

const TYPE_WORDS: Record<FieldInfo['type'], string> = {
  text: 'text',
  date: 'date',
  number: 'number',
  integer: 'whole number',
  boolean: 'true or false',
  choice: 'one value',
  url: 'web address',
  email: 'email address',
  list: 'list',
  object: 'group of fields',
};

function typeOf(field: FieldInfo): string {
  const item = field.item;
  if (field.type !== 'list' || !item) return TYPE_WORDS[field.type];
  if (item.reference) return 'list of ids';
  return { object: 'list of groups', choice: 'list of values', date: 'list of dates' }[item.type as string] ?? `list of ${TYPE_WORDS[item.type]}`;
}

/** Writes a value as it would appear in YAML, on one line: `[a, b]`, `{ from: 2025-03-14 }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${inline(v)}`).join(', ')} }`;
  return String(value);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(fields: readonly FieldInfo[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const name = `${prefix}${field.name}`;
    const limits = [field.min !== undefined && !(field.type === 'text' && field.min === 1) && `min ${field.min}`, field.max !== undefined && `max ${field.max}`].filter(Boolean).join(', ');
    const allowed = [field.values?.join(', ') ?? field.item?.values?.join(', '), allowedValuesOf({ ...field, values: undefined, item: field.item && { ...field.item, values: undefined } }), limits].filter(Boolean).join('. ');
    const row = [
      `\`${name}\``,
      typeOf(field),
      field.required ? '**yes**' : 'no',
      field.default === undefined ? '' : `\`${inline(field.default)}\``,
      allowed,
      field.description,
      `\`${inline(exampleOf(field))}\``,
    ].map((text) => cell(text));
    const nested = field.fields ?? field.item?.fields;
    const childPrefix = field.type === 'list' ? `${name}[].` : `${name}.`;
    return [`| ${row.join(' | ')} |`, ...(nested ? rows(nested, childPrefix) : [])];
  });
}

/**
 * The Markdown of docs/fields.md: one table per collection and data file.
 * @example renderFieldReference([{ title: 'Reviews', where: 'content/reviews/*.mdx', fields: entryFields('reviews') }])
 */
export function renderFieldReference(sections: readonly ReferenceSection[]): string {
  const out = [
    '# Field reference',
    '',
    '<!-- Generated from src/schemas by `npm run docs:fields`. Do not edit: a test fails when this file is out of date. -->',
    '',
    'Every field an editor can write, collection by collection. **Required** fields must be there for the site to build;',
    'the others can be left out (the default is used). Dates are written `YYYY-MM-DD`. A field inside a group is written',
    'indented under it (`period.from`); `[]` means each item of a list (`recommendations[].owners`).',
    '',
    ...sections.map((s) => `- [${s.title}](#${s.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}): ${s.where}`),
  ];
  for (const section of sections) {
    out.push('', `## ${section.title}`, '', `Files: ${section.where}`, '', '| Field | Type | Required | Default | Allowed values | What it means | Example |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows(section.fields));
  }
  return `${out.join('\n')}\n`;
}
