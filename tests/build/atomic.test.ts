import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hashTree } from '../setup/files.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the example content with one file rewritten. */
function brokenContent(name: string, file: string, text: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  writeFileSync(path.join(dir, file), text);
  return dir;
}

describe('a failed build leaves the previous output as it was', () => {
  const out = path.join(work, 'dist');
  cpSync(EXAMPLE_OUT, out, { recursive: true });
  const before = hashTree(out);

  test('invalid content stops the build before anything is written', () => {
    const content = brokenContent('invalid', 'reviews/zz-broken.mdx', '---\ntitle: Broken\nkind: nonsense\n---\nBody\n');
    const run = runBuild(out, { CASCADE_CONTENT: content });
    expect(run.status).toBe(1);
    expect(run.output).toContain('zz-broken.mdx');
    expect(run.output).toMatch(/kind, line \d+: "nonsense" is not allowed here/);
    expect(hashTree(out)).toBe(before);
  });

  test('a page that fails to render stops the build and leaves no staging folder behind', () => {
    const valid = '---\ntitle: Broken body\nsummary: A review whose body is not valid MDX.\npublished: 2020-01-01\nkind: lcspr\nkeyMessages: [One]\nreport: published\n---\n\nThis body opens a tag <div and never closes it {\n';
    const content = brokenContent('render', 'reviews/zz-bad-mdx.mdx', valid);
    const run = runBuild(out, { CASCADE_CONTENT: content });
    expect(run.status).toBe(1);
    expect(run.output).toContain('zz-bad-mdx.mdx');
    expect(hashTree(out)).toBe(before);
    expect(readdirSync(work).filter((n) => n.startsWith('.dist-staging'))).toEqual([]);
  });

  test('a successful build replaces the output', () => {
    const run = runBuild(out);
    expect(run.status, run.output).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  });
});
