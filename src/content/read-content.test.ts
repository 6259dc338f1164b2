import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateContent } from '../lib/checks/validation/index.ts';
import { readContent } from './read-content.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-read-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function contentWith(name: string, file: string, text: string): string {
  const dir = path.join(work, name);
  cpSync(path.resolve('content'), dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('reading content files', () => {
  test('the example content reads and validates with no problems', async () => {
    const { problems } = validateContent(await readContent(path.resolve('content')));
    expect(problems).toEqual([]);
  });

  test('broken YAML in an entry names the file and the line, and other files still validate', async () => {
    const dir = contentWith('broken-entry', 'reviews/zz-broken.mdx', '---\ntitle: Broken\nsummary: "unclosed\nkind: lcspr\n---\nBody\n');
    const { problems } = validateContent(await readContent(dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/reviews\/zz-broken\.mdx$/);
    // The unclosed quote opens on line 3 of the file; the parser stops at the closing ---.
    expect(problems[0]!.line).toBe(3);
    expect(problems[0]!.message).toMatch(/^is not valid YAML: .+ Check the indentation/);
  });

  test('broken YAML in a data file is reported once, without a flood of unknown ids', async () => {
    const dir = contentWith('broken-data', 'themes.yaml', '- id: neglect\n  name: Neglect\n - id: oops\n');
    const { problems } = validateContent(await readContent(dir));
    expect(problems.map((p) => p.file.split('/').pop())).toEqual(['themes.yaml']);
  });

  test('a file without frontmatter says how to start one', async () => {
    const dir = contentWith('no-frontmatter', 'briefings/zz-plain.mdx', 'Just text.\n');
    const { problems } = validateContent(await readContent(dir));
    expect(problems.map((p) => p.message)).toEqual(['has no frontmatter. Start the file with a line `---`, the fields, then another `---` line.']);
  });

  test('a draft saved before its fields were closed says how to close them, and only warns', async () => {
    const dir = contentWith('unclosed-draft', 'briefings/zz-half.mdx', '---\ntitle: "Half written\ndraft: true\n');
    const { problems } = validateContent(await readContent(dir));
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [1, 'warning', 'opens its fields with `---` but never closes them. Add a line `---` after the last field, then the text. This entry is a draft, so the site was built without it; fix this before you publish it.'],
    ]);
  });

  test('the same file without draft: true stops the build', async () => {
    const dir = contentWith('unclosed-entry', 'briefings/zz-half.mdx', '---\ntitle: Half written\n');
    const { problems } = validateContent(await readContent(dir));
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });
});
