/**
 * The fields of Cascade's own collections and data files, with the references the
 * validator checks: the one input of the scaffold, the field reference and the CMS config.
 */
import { DATA_FILES, ENTRY_COLLECTIONS, type EntryCollection } from '../../schemas/index.ts';
import { describeFields, type FieldInfo } from './schema-fields.ts';
import { AGENCY_REFERENCES, ENTRY_REFERENCES } from '../checks/validation/index.ts';

export type DataFileName = keyof typeof DATA_FILES;

/**
 * Every field of an MDX collection, in schema order.
 * @example entryFields('briefings').filter((f) => f.required).map((f) => f.name) // ['title', 'summary', …]
 */
export function entryFields(collection: EntryCollection): FieldInfo[] {
  return describeFields(ENTRY_COLLECTIONS[collection], ENTRY_REFERENCES[collection]);
}

/**
 * Every field of one item of a data file (a theme, an agency…) or of partnership.yaml.
 * @example dataFileFields('themes').map((f) => f.name) // ['id', 'name', …]
 */
export function dataFileFields(name: DataFileName): FieldInfo[] {
  // Agency rules are written for the whole file (`*` = every agency); the fields are one item's.
  const refs = name === 'agencies' ? AGENCY_REFERENCES.map((r) => ({ ...r, path: r.path.slice(1) })) : [];
  return describeFields(DATA_FILES[name].schema, refs);
}
