/**
 * Reads the zod schemas into a neutral list of fields, so every editor-facing tool (the
 * scaffolding CLI, the field reference, the CMS config, the JSON Schemas) is derived from
 * the same rules the build enforces and none keeps a second copy of them.
 */
import type { z } from 'zod';

export type FieldType = 'text' | 'date' | 'number' | 'integer' | 'boolean' | 'choice' | 'url' | 'email' | 'list' | 'object';

export interface FieldInfo {
  /** Key in the frontmatter; `''` for the item of a list. */
  name: string;
  type: FieldType;
  /** The editor must write it: no default and not optional. */
  required: boolean;
  default?: unknown;
  /** Allowed values of a `choice`. */
  values?: readonly string[];
  /** The `.describe()` text of the schema. */
  description: string;
  /** Collection or data file whose ids the value must be (`themes`, `reviews`…). */
  reference?: string;
  /** Length of text or list, or range of a number. */
  min?: number;
  max?: number;
  /** A regular expression the text must match. */
  pattern?: string;
  /** The item of a `list`. */
  item?: FieldInfo;
  /** The fields of an `object`. */
  fields?: FieldInfo[];
  /** The zod schema of this field, for validating one answer (e.g. in the CLI). */
  schema: z.ZodType;
}

/** A field path such as `['recommendations', '*', 'owners', '*']` naming another set of ids. */
export interface ReferencePath {
  path: readonly string[];
  target: string;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType): Record<string, unknown> => (schema as unknown as { meta(): Record<string, unknown> | undefined }).meta() ?? {};

/** Reads the checks zod keeps on a string, array or number: lengths, bounds, formats, patterns. */
function readChecks(schema: z.ZodType, into: Partial<FieldInfo>): void {
  const def = defOf(schema);
  if (def.format === 'url' || ['uri', 'uri-reference'].includes(String(metaOf(schema).format))) into.type = 'url';
  if (def.format === 'email') into.type = 'email';
  for (const check of (def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' || c.check === 'min_size') into.min = c.minimum as number;
    if (c.check === 'max_length' || c.check === 'max_size') into.max = c.maximum as number;
    if (c.check === 'greater_than') into.min = (c.value as number) + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than') into.max = c.value as number;
    if (c.check === 'number_format' && /int/.test(String(c.format))) into.type = 'integer';
    if (c.check === 'string_format' && c.format === 'regex') into.pattern = (c.pattern as RegExp).source;
    if (c.check === 'string_format' && (c.format === 'url' || c.format === 'email')) into.type = c.format;
  }
}

function describeField(name: string, schema: z.ZodType, path: string[], refs: readonly ReferencePath[]): FieldInfo {
  const info: Partial<FieldInfo> & { name: string; schema: z.ZodType } = { name, required: true, schema, description: '' };
  let current = schema;
  // Wrappers first: optional/default/prefault make a field optional; the description sits on the outermost.
  for (;;) {
    info.description ||= String(metaOf(current).description ?? '');
    const def = defOf(current);
    if (def.type === 'optional') info.required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      info.required = false;
      info.default = def.defaultValue;
    } else if (def.type === 'pipe' && metaOf(current).format === 'date') {
      info.type = 'date';
      info.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
      break;
    } else if (def.type === 'pipe') {
      current = def.in as z.ZodType;
      continue;
    } else break;
    current = def.innerType as z.ZodType;
  }
  const def = defOf(current);
  if (!info.type) {
    if (def.type === 'string') info.type = 'text';
    else if (def.type === 'number') info.type = 'number';
    else if (def.type === 'boolean') info.type = 'boolean';
    else if (def.type === 'enum') {
      info.type = 'choice';
      info.values = Object.values(def.entries as Record<string, string>);
    } else if (def.type === 'array') {
      info.type = 'list';
      info.item = describeField('', def.element as z.ZodType, [...path, '*'], refs);
    } else if (def.type === 'object') {
      info.type = 'object';
      info.fields = describeFields(current as z.ZodObject, refs, path);
    } else info.type = 'text';
    readChecks(current, info);
  }
  const reference = refs.find((r) => r.path.length === path.length && r.path.every((p, i) => p === path[i]));
  if (reference) info.reference = reference.target;
  return info as FieldInfo;
}

/** The object schema behind refinements and transforms (e.g. ReviewSchema's superRefine). */
function unwrapObject(schema: z.ZodType): z.ZodObject {
  let current = schema;
  while (defOf(current).type === 'pipe') current = defOf(current).in as z.ZodType;
  return current as z.ZodObject;
}

/**
 * Lists the fields of an object schema, in the order they are declared.
 * @param refs which field paths name ids of another collection (from the validation rules)
 * @example describeFields(BriefingSchema).find((f) => f.name === 'format')?.values // ['seven-minute', …]
 */
export function describeFields(schema: z.ZodType, refs: readonly ReferencePath[] = [], prefix: string[] = []): FieldInfo[] {
  const shape = unwrapObject(schema).shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, field]) => describeField(name, field, [...prefix, name], refs));
}

/**
 * A plausible value of a field for examples and documentation: the schema's own example,
 * then an "e.g." in its description, then one made from its type.
 * @example exampleOf({ name: 'published', type: 'date', … }) // '2025-03-14'
 */
export function exampleOf(field: FieldInfo, name = field.name): unknown {
  const examples = metaOf(field.schema).examples as unknown[] | undefined;
  if (examples?.length) return examples[0];
  if (field.type === 'list') return field.item ? [exampleOf(field.item, name)] : [];
  if (field.type === 'object') {
    const fields = field.fields ?? [];
    const shown = fields.some((f) => f.required) ? fields.filter((f) => f.required) : fields;
    return Object.fromEntries(shown.map((f) => [f.name, exampleOf(f)]));
  }
  if (field.type === 'choice') return field.values?.[0];
  if (field.default !== undefined) return field.default;
  if (name in NAMED_EXAMPLES) return NAMED_EXAMPLES[name];
  const eg = /e\.g\.\s+"([^"]+)"/.exec(field.description) ?? /e\.g\.\s+([^,;)"]+?)(?:[,;)]|\.\s|\.?$)/.exec(field.description);
  if (eg) return coerce(field, eg[1]!.trim());
  const byType: Partial<Record<FieldType, unknown>> = {
    date: '2025-03-14',
    number: 75,
    integer: 1,
    boolean: true,
    url: 'https://www.example-scp.org.uk/book',
    email: 'learning@example-scp.org.uk',
  };
  if (field.type in byType) return byType[field.type];
  if (field.reference) return REFERENCE_EXAMPLES[field.reference] ?? 'an-id';
  return field.pattern ? 'an-id' : 'Text';
}

/** Examples for free-text fields whose description gives none (documentation only: no rules here). */
const NAMED_EXAMPLES: Record<string, unknown> = {
  title: 'Child Q – a local child safeguarding practice review',
  summary: 'How agencies worked with a teenager who went missing from care.',
  keyMessages: 'Ask where a child has been, every time they come back.',
  questions: 'How do you record what a child tells you about home?',
  outcomes: 'Recognise the signs of neglect in a young child.',
  goodPractice: 'The school nurse shared concerns the same day.',
  allowPhrases: 'Safe Futures',
  audience: 'Practitioners in every agency who work with children',
  durationMinutes: 180,
  order: 1,
  text: 'Health visitors record who else lives in the home.',
  impact: 'An audit found the question asked in 9 of 10 visits.',
  note: 'Added the partnership response.',
  author: 'Jane Smith, independent reviewer',
  accreditation: 'CPD certified',
  results: 'Referrals for neglect now include the child’s voice.',
  location: 'Northvale Civic Centre',
  places: 20,
  responses: 42,
  area: 'Northvale',
  description: 'One sentence that explains it.',
  name: 'Northvale Safeguarding Children Partnership',
  href: '/reports/child-q-2024.pdf',
  bytes: 250000,
};

const REFERENCE_EXAMPLES: Record<string, string> = {
  themes: 'neglect',
  agencies: 'northvale-police',
  sectors: 'health',
  reviews: 'child-q-2024',
  courses: 'understanding-neglect',
  priorities: 'neglect',
};

function coerce(field: FieldInfo, text: string): unknown {
  if (field.type === 'number' || field.type === 'integer') return Number.isFinite(Number(text)) ? Number(text) : 1;
  return text;
}
