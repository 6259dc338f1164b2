/**
 * The files derived from the schemas, by path from the project root, rendered in memory:
 * scripts/generate.ts writes them and a test compares them with the committed ones.
 */
import { dataFileFields, entryFields } from '../src/lib/authoring/collection-fields.ts';
import { renderFieldReference } from '../src/lib/authoring/field-reference.ts';
import { dataFileJsonSchema, entryJsonSchema } from '../src/lib/authoring/json-schemas.ts';
import { renderProblemReference } from '../src/problems/index.ts';
import { DATA_FILES, ENTRY_COLLECTION_NAMES } from '../src/schemas/index.ts';

const TITLES: Record<string, string> = {
  reviews: 'Reviews',
  briefings: 'Briefings',
  courses: 'Courses',
  priorities: 'Priorities',
  newsletters: 'Newsletters',
  pages: 'Pages',
  partnership: 'Partnership settings',
  themes: 'Themes',
  agencies: 'Agencies',
  sectors: 'Sectors',
  network: 'Other partnerships',
};

export function generatedFiles(): Record<string, string> {
  const dataNames = Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[];
  const sections = [
    ...ENTRY_COLLECTION_NAMES.map((name) => ({ title: TITLES[name]!, where: `\`content/${name}/*.mdx\``, fields: entryFields(name) })),
    ...dataNames.map((name) => ({ title: TITLES[name]!, where: `\`content/${DATA_FILES[name].file}\`${DATA_FILES[name].list ? ', a list with one `- id:` block per item' : ''}`, fields: dataFileFields(name) })),
  ];
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'docs/fields.md': renderFieldReference(sections),
    'docs/problems.md': renderProblemReference(),
    ...Object.fromEntries(ENTRY_COLLECTION_NAMES.map((name) => [`schemas/${name}.schema.json`, json(entryJsonSchema(name))])),
    ...Object.fromEntries(dataNames.map((name) => [`schemas/${name}.schema.json`, json(dataFileJsonSchema(name))])),
  };
}
