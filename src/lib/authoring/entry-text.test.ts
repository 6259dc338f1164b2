import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTRY_COLLECTION_NAMES } from '../../schemas/index.ts';
import { entryFields } from './collection-fields.ts';
import { entryDataOf, entryTextOf } from './entry-text.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const orderOf = (collection: (typeof ENTRY_COLLECTION_NAMES)[number]) => [...entryFields(collection).map((f) => f.name), 'body'];
const changedLines = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  return x.length === y.length ? x.filter((line, i) => line !== y[i]).length : Infinity;
};

describe('entryTextOf, as the web editor saves', () => {
  const original = readFileSync(path.join(CONTENT, 'reviews/child-b-2022.mdx'), 'utf8');
  const data = entryDataOf(original);

  test('writes a hand-written review back unchanged: id lists on one line, long text unfolded, body kept', () => {
    // Keys as the editor's form orders them; this file lists them in the same order.
    expect(entryTextOf(data, Object.keys(data))).toBe(original);
  });

  test('changes one line when one key message changes', () => {
    const before = entryTextOf(data, orderOf('reviews'));
    const keyMessages = [...(data.keyMessages as string[])];
    keyMessages[1] = 'Ask who else lives in the home, and write down the answer.';
    const after = entryTextOf({ ...data, keyMessages }, orderOf('reviews'));
    expect(changedLines(before, after)).toBe(1);
  });

  test('adds one line when an optional field is filled in, in the form’s place for it', () => {
    const withoutSubject = Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'subject'));
    const before = entryTextOf(withoutSubject, orderOf('reviews')).split('\n');
    const after = entryTextOf({ ...withoutSubject, subject: 'Child B' }, orderOf('reviews')).split('\n');
    expect(after.length - before.length).toBe(1);
    expect(after[after.indexOf('subject: Child B') - 1]).toMatch(/^kind: /);
  });

  test('keeps the key order whatever order the editor hands the fields over in', () => {
    const shuffled = Object.fromEntries(Object.entries(data).reverse());
    expect(entryTextOf(shuffled, orderOf('reviews'))).toBe(entryTextOf(data, orderOf('reviews')));
  });

  test('quotes only what YAML would misread', () => {
    expect(entryTextOf({ title: 'Yes', summary: 'true', published: '2026-11-02', draft: false, body: 'Text\n' }, ['title', 'summary', 'published', 'draft'])).toBe(
      "---\ntitle: Yes\nsummary: 'true'\npublished: 2026-11-02\ndraft: false\n---\n\nText\n",
    );
  });

  test.each(ENTRY_COLLECTION_NAMES.flatMap((c) => readdirSync(path.join(CONTENT, c)).map((f) => [c, f] as const)))('%s/%s keeps its layout through a re-save', (collection, file) => {
    const text = readFileSync(path.join(CONTENT, collection, file), 'utf8');
    const data = entryDataOf(text);
    expect(entryTextOf(data, Object.keys(data))).toBe(text);
  });
});

describe('entryDataOf', () => {
  test('gives the fields and the body, dates as written', () => {
    expect(entryDataOf('\uFEFF---\ntitle: A\npublished: 2026-01-02\n---\n\nText\n')).toEqual({ title: 'A', published: '2026-01-02', body: '\nText\n' });
  });

  test('reads a file without frontmatter as body only', () => {
    expect(entryDataOf('Just text\n')).toEqual({ body: 'Just text\n' });
  });
});
