/**
 * The text of a new entry: every field of its collection, taken from the schema, so a new
 * file shows an editor everything they can write without opening the documentation.
 */
import { stringify } from 'yaml';
import { exampleOf, type FieldInfo } from './schema-fields.ts';

export interface ScaffoldInput {
  collection: string;
  fields: readonly FieldInfo[];
  /** Answers already given, by field name; required fields without one are marked REQUIRED. */
  values: Readonly<Record<string, unknown>>;
  /** Known ids per data file (themes, agencies, sectors), listed beside the fields that use them. */
  ids?: Readonly<Record<string, readonly string[]>>;
}

const DATA_FILE_OF: Record<string, string> = { themes: 'content/themes.yaml', agencies: 'content/agencies.yaml', sectors: 'content/sectors.yaml' };

/** Writes one key and value as YAML, e.g. `themes:\n  - neglect`. */
function yamlOf(name: string, value: unknown): string {
  return stringify({ [name]: value }, { lineWidth: 0 }).trimEnd();
}

function referenceOf(field: FieldInfo): string | undefined {
  return field.reference ?? field.item?.reference;
}

/**
 * What an editor may write in a field beyond its description: the allowed values, the ids
 * it must name, its limits.
 * @example allowedValuesOf({ type: 'choice', values: ['a', 'b'], … }) // 'One of: a, b.'
 */
export function allowedValuesOf(field: FieldInfo, ids: Readonly<Record<string, readonly string[]>> = {}): string {
  const parts: string[] = [];
  const values = field.values ?? field.item?.values;
  if (values && !values.every((v) => field.description.includes(v))) parts.push(`${field.type === 'list' ? 'Any of' : 'One of'}: ${values.join(', ')}.`);
  const reference = referenceOf(field);
  const known = reference ? (ids[reference] ?? []) : [];
  if (known.length) parts.push(`Known ids: ${known.join(', ')}.`);
  const where = reference && (DATA_FILE_OF[reference] ?? `content/${reference}/`);
  if (where && !field.description.includes(where)) parts.push(reference in DATA_FILE_OF ? `Ids from ${where}.` : `File names (without .mdx) in ${where}.`);
  if (field.type === 'date' && !field.description.includes('YYYY-MM-DD')) parts.push('Written YYYY-MM-DD.');
  return parts.join(' ');
}

function comment(field: FieldInfo, ids: ScaffoldInput['ids']): string {
  return [field.description, allowedValuesOf(field, ids)].filter(Boolean).join(' ');
}

/** Comment lines naming each sub-field of an object or list of objects. */
function subFieldNotes(field: FieldInfo, ids: ScaffoldInput['ids']): string[] {
  const fields = field.fields ?? field.item?.fields ?? [];
  return fields.map((f) => `#   ${f.name}${f.required ? ' (required)' : ''}: ${comment(f, ids)}`);
}

function requiredLines(field: FieldInfo, ids: ScaffoldInput['ids']): string[] {
  const note = `# REQUIRED: ${comment(field, ids)}`;
  if (field.type === 'object' && field.fields) {
    return [`${field.name}: ${note}`, ...field.fields.filter((f) => f.required).map((f) => `  ${f.name}: # REQUIRED: ${comment(f, ids)}`)];
  }
  return [`${field.name}: ${note}`, ...subFieldNotes(field, ids)];
}

function optionalLines(field: FieldInfo, ids: ScaffoldInput['ids']): string[] {
  const example = yamlOf(field.name, exampleOf(field))
    .split('\n')
    .map((line) => `# ${line}`);
  return [`# ${comment(field, ids)}`, ...subFieldNotes(field, ids), ...example];
}

/** The text a new entry's body starts with; the content check refuses it if it is left in. */
export const PLACEHOLDER_TEXT = ['Write this section here.', 'Write the introduction to this issue here.'] as const;

/**
 * The body a new entry starts with: headings an editor fills in. A seven-minute briefing gets
 * its seven numbered sections.
 * @example bodySkeleton('briefings', { format: 'seven-minute' }).startsWith('## 1. Background')
 */
export function bodySkeleton(collection: string, values: ScaffoldInput['values'] = {}): string {
  const sections = (headings: string[]) => headings.map((h) => `## ${h}\n\n${PLACEHOLDER_TEXT[0]}\n`).join('\n');
  if (collection === 'briefings' && values.format === 'seven-minute') {
    // The build rejects a seven-minute briefing without exactly seven `##` sections.
    return sections(['1. Background', '2. Why it matters', '3. What we found', '4. Key learning', '5. What to do', '6. Reflect', '7. Find out more']);
  }
  // The headings the example content uses most, so a new entry reads like the rest of the site.
  const headings: Record<string, string[]> = {
    reviews: ['About this review', 'What happened', 'What the review found', 'What has changed', 'What happens next'],
    briefings: ['What this is about', 'What to do', 'Find out more'],
    courses: ['What it covers'],
    priorities: ['Why it matters', 'What we want to see', 'How we will know'],
    newsletters: [],
    pages: ['About'],
  };
  // A film or podcast needs its transcript on the page (the build checks for it).
  if (collection === 'briefings' && (values.format === 'video' || values.format === 'podcast')) headings.briefings!.push('Transcript');
  const list = headings[collection] ?? [];
  return list.length ? sections(list) : `${PLACEHOLDER_TEXT[1]}\n`;
}

/**
 * A complete new entry: frontmatter with the given answers, each missing required field
 * marked `# REQUIRED`, each optional field commented out with what it means and an example,
 * then a body skeleton. A new entry starts as a draft so it cannot go live by accident.
 * @example scaffoldEntry({ collection: 'reviews', fields: describeFields(ReviewSchema), values: { title: 'Child Q' } })
 */
export function scaffoldEntry({ collection, fields, values, ids = {} }: ScaffoldInput): string {
  const lines = [
    '---',
    `# A new entry in content/${collection}/. Fill in each field marked REQUIRED, then run \`npm run check\`.`,
    '# Every field is explained in docs/fields.md.',
  ];
  for (const field of fields.filter((f) => f.required)) {
    if (values[field.name] !== undefined) lines.push(yamlOf(field.name, values[field.name]));
    else lines.push(...requiredLines(field, ids));
  }
  const draft = fields.find((f) => f.name === 'draft');
  if (draft) lines.push('# Keeps the entry off the public site while you work on it. Delete this line to publish.', yamlOf('draft', values.draft ?? true));
  const optional = fields.filter((f) => !f.required && f.name !== 'draft');
  if (optional.length) lines.push('', '# Optional fields: delete the # in front of a field (and its indented lines) to use it.');
  for (const field of optional) {
    if (values[field.name] !== undefined) lines.push(yamlOf(field.name, values[field.name]));
    else lines.push(...optionalLines(field, ids));
  }
  lines.push('---', '');
  return `${lines.join('\n')}\n${bodySkeleton(collection, values)}`;
}
