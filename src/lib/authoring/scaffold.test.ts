import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ENTRY_COLLECTION_NAMES, ENTRY_COLLECTIONS } from '../../schemas/index.ts';
import { entryFields } from './collection-fields.ts';
import { countLevelTwoHeadings } from '../markdown-sections.ts';
import { bodySkeleton, scaffoldEntry } from './scaffold.ts';
import { exampleOf } from './schema-fields.ts';

const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Answers for every required field, from the schema's own examples. */
const answers = (collection: (typeof ENTRY_COLLECTION_NAMES)[number]) =>
  Object.fromEntries(entryFields(collection).filter((f) => f.required).map((f) => [f.name, exampleOf(f)]));

describe('scaffoldEntry', () => {
  test.each(ENTRY_COLLECTION_NAMES)('a new %s entry with its required answers passes the schema as a draft', (collection) => {
    const text = scaffoldEntry({ collection, fields: entryFields(collection), values: answers(collection) });
    const data = frontmatterOf(text);
    expect(ENTRY_COLLECTIONS[collection].safeParse(data).success).toBe(true);
    if ('draft' in data) expect(data.draft).toBe(true);
  });

  test.each(ENTRY_COLLECTION_NAMES)('a new %s entry names every field of its collection', (collection) => {
    const text = scaffoldEntry({ collection, fields: entryFields(collection), values: {} });
    for (const field of entryFields(collection)) expect(text).toMatch(new RegExp(`^#? ?${field.name}:`, 'm'));
  });

  test('marks a required field without an answer and explains it', () => {
    const text = scaffoldEntry({ collection: 'reviews', fields: entryFields('reviews'), values: {} });
    expect(text).toContain('kind: # REQUIRED: The kind of review: lcspr | rapid-review');
  });

  test('comments out an optional field with its meaning, its allowed values and an example', () => {
    const text = scaffoldEntry({ collection: 'reviews', fields: entryFields('reviews'), values: {}, ids: { themes: ['neglect', 'domestic-abuse'] } });
    expect(text).toContain('# Theme ids from content/themes.yaml. Default none. Known ids: neglect, domestic-abuse.\n# themes:\n#   - neglect');
    expect(text).toContain('#   status (required): not-started | in-progress | complete | not-achieved.');
  });

  test('a seven-minute briefing starts with seven numbered sections', () => {
    const text = scaffoldEntry({ collection: 'briefings', fields: entryFields('briefings'), values: { format: 'seven-minute' } });
    expect(countLevelTwoHeadings(bodyOf(text))).toBe(7);
    expect(bodyOf(text)).toMatch(/^## 1\. /m);
    expect(bodyOf(text)).toMatch(/^## 7\. /m);
  });

  test.each(['video', 'podcast'])('a %s briefing starts with the Transcript section the build asks for', (format) => {
    const text = scaffoldEntry({ collection: 'briefings', fields: entryFields('briefings'), values: { format } });
    expect(bodyOf(text)).toMatch(/^## Transcript$/m);
    expect(bodyOf(scaffoldEntry({ collection: 'briefings', fields: entryFields('briefings'), values: {} }))).not.toMatch(/Transcript/);
  });
});

test('a new entry lists every valid id, however many there are, and starts with the example content’s headings', () => {
  const ids = { themes: Array.from({ length: 30 }, (_, i) => `theme-${i + 1}`) };
  const text = scaffoldEntry({ collection: 'reviews', fields: entryFields('reviews'), values: {}, ids });
  expect(text).toContain(`Known ids: ${ids.themes.join(', ')}.`);
  expect(text).not.toContain('…');
  expect(bodySkeleton('reviews')).toBe(['About this review', 'What happened', 'What the review found', 'What has changed', 'What happens next'].map((h) => `## ${h}\n\nWrite this section here.\n`).join('\n'));
});
