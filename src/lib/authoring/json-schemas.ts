/**
 * JSON Schemas of the frontmatter and data files, generated from the zod schemas for editors
 * that validate as you type (VS Code's YAML extension, Front Matter CMS…).
 */
import { z } from 'zod';
import { DATA_FILES, ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/index.ts';

type JsonSchema = Record<string, unknown>;

/** Dates are text in the files; the YAML-date branch of IsoDateSchema is an implementation detail. */
function describeDatesAsText(ctx: { jsonSchema: JsonSchema }): void {
  if (ctx.jsonSchema.format !== 'date') return;
  delete ctx.jsonSchema.anyOf;
  Object.assign(ctx.jsonSchema, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
}

function toJsonSchema(schema: z.ZodType, title: string, description: string): JsonSchema {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', override: describeDatesAsText }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

/**
 * The JSON Schema of one collection's frontmatter.
 * @example entryJsonSchema('reviews').properties.kind.enum // ['lcspr', …]
 */
export function entryJsonSchema(collection: EntryCollection): JsonSchema {
  return toJsonSchema(ENTRY_COLLECTIONS[collection], `Cascade ${collection} frontmatter`, `The fields of content/${collection}/*.mdx. Generated from src/schemas by npm run docs:fields; see docs/fields.md.`);
}

/**
 * The JSON Schema of a data file: a list of items (themes, agencies, sectors) or one object.
 * @example dataFileJsonSchema('themes').type // 'array'
 */
export function dataFileJsonSchema(name: keyof typeof DATA_FILES): JsonSchema {
  const spec = DATA_FILES[name];
  const schema = spec.list ? z.array(spec.schema) : spec.schema;
  return toJsonSchema(schema, `Cascade ${spec.file}`, `The fields of content/${spec.file}. Generated from src/schemas by npm run docs:fields; see docs/fields.md.`);
}
