import { describe, expect, test } from 'vitest';
import { duplicateSlugs, judgeEntryFile } from './content-files.ts';

describe('judgeEntryFile', () => {
  test.each([
    ['child-q-2024.mdx', 'child-q-2024'],
    ['child-q-2024.md', 'child-q-2024'],
  ])('reads %s as the entry %s', (name, slug) => {
    expect(judgeEntryFile(name)).toEqual({ kind: 'entry', slug });
  });

  test.each(['.#child-q.mdx', '#child-q.mdx#', 'child-q.mdx~', '.child-q.mdx.swp', 'child-q.mdx.bak', '.DS_Store', 'Thumbs.db', 'desktop.ini'])('ignores the editor leftover %s', (name) => {
    expect(judgeEntryFile(name)).toEqual({ kind: 'ignore' });
  });

  test.each([
    ['Child-Q.MDX', 'is not read, because its extension is not lowercase. Rename it to Child-Q.mdx.'],
    ['notes.txt', 'is not an entry: only .mdx and .md files are read in this folder.'],
    ['child-q.docx', 'is not an entry: only .mdx and .md files are read in this folder.'],
  ])('refuses %s by name', (name, message) => {
    const verdict = judgeEntryFile(name);
    expect(verdict.kind).toBe('refuse');
    expect(verdict.kind === 'refuse' && verdict.message).toContain(message);
  });
});

test('duplicateSlugs names the files that claim one slug', () => {
  expect(duplicateSlugs([['a', 'a.md'], ['b', 'b.mdx'], ['a', 'a.mdx']])).toEqual([['a', ['a.md', 'a.mdx']]]);
});
