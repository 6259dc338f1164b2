import type { z } from 'zod';
import type { Problem } from '../../errors.ts';
import { suggestClosest } from '../../authoring/suggest.ts';

/** `['recommendations', 1, 'owners']` → `recommendations[1].owners` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Shows a value as an editor wrote it, short enough for one line. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '"an invalid date"' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    // Tabs, line breaks and other invisible characters are shown, so an editor can find them.
    // eslint-disable-next-line no-control-regex -- showing control characters is the point
    const shown = value.replace(/[\u0000-\u001f\u007f]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return shown.length > 60 ? `"${shown.slice(0, 57)}…"` : `"${shown}"`;
  }
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Custom issues that have a code of their own (params.cascade → catalogue code). */
const CUSTOM_CODES: Record<string, Problem['code']> = { 'unsafe-url': 'field-url', 'web-address': 'field-url', 'document-href': 'document-path', 'network-address': 'network-address', 'network-duplicate': 'network-duplicate' };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key as string];
  }
  return here;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one `- item` per line)',
  object: 'a group of fields',
  date: 'a date',
};

function listAllowed(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join(', ');
}

/**
 * Turns one zod issue into a problem an editor can act on: the field, the value found,
 * what was expected and how to fix it.
 */
export function problemFromIssue(file: string, data: unknown, issue: z.core.$ZodIssue, schema: z.ZodType): Problem[] {
  const value = valueAt(data, issue.path);
  const field = formatFieldPath(issue.path);
  const at = (code: Problem['code'], message: string, subfield = field): Problem => ({ code, file, field: subfield, message, severity: 'error' });
  const missing = value === undefined || value === null;
  // `summary:` written with nothing after it (the scaffold's `# REQUIRED` is a comment) is
  // there but empty: saying "add summary:" would send the editor looking for a missing line.
  const name = String(issue.path.at(-1));
  const absent = (what: string) => (value === null ? `is empty. Write ${what} after \`${name}:\`.` : `is required but missing. Add \`${name}:\` with ${what}.`);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (missing) return [at('field-required', absent(expected))];
      return [at('field-type', `is ${formatValue(value)}, but ${expected} was expected.`)];
    }
    case 'invalid_value': {
      if (missing) return [at('field-required', absent(`one of: ${listAllowed(issue.values as readonly unknown[])}`))];
      const allowed = issue.values as readonly unknown[];
      const close = suggestClosest(String(value), allowed.map(String));
      const mean = close.length ? ` Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
      return [at('field-value', `${formatValue(value)} is not allowed here. Expected one of: ${listAllowed(allowed)}.${mean}`)];
    }
    case 'invalid_union':
      // The only union in the content model is a date (text or a YAML date).
      if (missing) return [at('field-required', absent('a date written YYYY-MM-DD, e.g. 2025-03-14'))];
      return [at('field-date', `is ${formatValue(value)}, but a date written YYYY-MM-DD was expected.`)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const close = suggestClosest(key, fieldsAt(schema, issue.path));
        const mean = close.length ? ` Did you mean "${close[0]}"?` : ' Remove it, or check its spelling against the field reference in docs/fields.md.';
        return at('field-unknown', `is not a field Cascade knows.${mean}`, formatFieldPath([...issue.path, key]));
      });
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    default: {
      const shown = value === undefined ? '' : `is ${formatValue(value)}: `;
      const cascade = (issue as { params?: Record<string, unknown> }).params?.cascade;
      const isDate = typeof cascade === 'string' && cascade.startsWith('date-');
      const code = isDate ? 'field-date' : (CUSTOM_CODES[String(cascade)] ?? 'field-rule');
      return [at(code, `${shown}${issue.message}.`.replace(/\.\.$/, '.'))];
    }
  }
}

type Def = { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown; options?: unknown[] };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The field names a schema accepts at a path, so a misspelt field gets a suggestion. */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let def = defOf(schema);
  const unwrap = () => {
    while (def.innerType || def.type === 'pipe') def = defOf(def.innerType ?? def.in);
  };
  unwrap();
  for (const key of path) {
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) def = defOf(def.shape[key]);
    else if (def.type === 'array' && typeof key === 'number') def = defOf(def.element);
    else return [];
    unwrap();
  }
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
