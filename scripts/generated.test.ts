import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedFiles } from './generated-files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const files = generatedFiles();

describe('files generated from the schemas', () => {
  test.each(Object.keys(files))('%s matches the schemas (run `npm run docs:fields` when this fails)', (file) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(files[file]);
  });

  test('the field reference lists every required field of a briefing as required', () => {
    const briefings = files['docs/fields.md']!.split('## Briefings')[1]!.split('\n## ')[0]!;
    for (const name of ['title', 'summary', 'published', 'format', 'audiences', 'keyMessages']) expect(briefings).toMatch(new RegExp(`\\| \`${name}\` \\| [^|]+ \\| \\*\\*yes\\*\\*`));
  });

  test('the JSON Schema gives dates as YYYY-MM-DD text and lists the allowed kinds', () => {
    const reviews = JSON.parse(files['schemas/reviews.schema.json']!);
    expect(reviews.properties.published).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(reviews.properties.published.anyOf).toBeUndefined();
    expect(reviews.properties.kind.enum).toContain('lcspr');
    expect(reviews.required).toEqual(['title', 'summary', 'published', 'kind', 'keyMessages', 'report']);
    expect(reviews.additionalProperties).toBe(false);
  });
});
