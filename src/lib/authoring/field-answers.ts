/**
 * Turns what an editor types at a prompt or on the command line into a field's value, and
 * checks it with the field's own zod schema, so the CLI refuses exactly what the build would.
 */
import type { FieldInfo } from './schema-fields.ts';
import { suggestClosest } from './suggest.ts';

export type Answer = { ok: true; value: unknown } | { ok: false; message: string };

/** Lists of ids and of fixed values are written comma-separated; lists of sentences one at a time. */
export function isCommaList(field: FieldInfo): boolean {
  return field.type === 'list' && (field.item?.type === 'choice' || Boolean(field.item?.reference) || Boolean(field.item?.pattern));
}

function convert(field: FieldInfo, texts: readonly string[]): unknown {
  const text = texts.at(-1)?.trim() ?? '';
  switch (field.type) {
    case 'list':
      return isCommaList(field)
        ? texts.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean)
        : texts.map((t) => t.trim()).filter(Boolean);
    case 'number':
    case 'integer':
      return text === '' || Number.isNaN(Number(text)) ? text : Number(text);
    case 'boolean':
      return text === 'true' || text === 'yes' ? true : text === 'false' || text === 'no' ? false : text;
    default:
      return text;
  }
}

/** zod's first issue as a sentence, with the field path inside a list or object. */
function firstIssue(error: { issues: { message: string; path: PropertyKey[] }[] }): string {
  const issue = error.issues[0]!;
  const where = issue.path.length ? `item ${Number(issue.path[0]) + 1}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * Parses an answer for one field and validates it with the field's schema; references to
 * known ids are checked too, with a suggestion for a near miss.
 * @param texts the answer, or several for a list of sentences
 * @param ids known ids per referenced set (themes, agencies…), when available
 * @example parseAnswer(kindField, ['lcspr']) // { ok: true, value: 'lcspr' }
 */
export function parseAnswer(field: FieldInfo, texts: readonly string[], ids: Readonly<Record<string, readonly string[]>> = {}): Answer {
  const value = convert(field, texts);
  if (field.type === 'choice' && typeof value === 'string' && !field.values?.includes(value)) {
    const near = suggestClosest(value, field.values ?? [], 1)[0];
    return { ok: false, message: `"${value}" is not allowed here. Expected one of: ${field.values?.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}` };
  }
  const result = field.schema.safeParse(value);
  if (!result.success) {
    const empty = value === '' || (Array.isArray(value) && value.length === 0);
    const shown = empty ? 'nothing was given: ' : Array.isArray(value) ? '' : `"${String(value)}": `;
    return { ok: false, message: `${shown}${firstIssue(result.error)}` };
  }
  const reference = field.reference ?? field.item?.reference;
  const known = reference ? ids[reference] : undefined;
  if (known && known.length) {
    const list = Array.isArray(value) ? (value as string[]) : [value as string];
    const missing = list.find((id) => !known.includes(id));
    if (missing !== undefined) {
      const near = suggestClosest(missing, known, 1)[0];
      return { ok: false, message: `"${missing}" does not match any id in ${reference}.${near ? ` Did you mean "${near}"?` : ''}` };
    }
  }
  return { ok: true, value };
}
