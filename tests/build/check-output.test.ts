import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hashTree } from '../setup/files.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a broken link fails the build, naming the page and the link', () => {
  const out = path.join(work, 'dist');
  cpSync(EXAMPLE_OUT, out, { recursive: true });
  const before = hashTree(out);

  test('a link to a missing review and a missing section stop the build; dist is unchanged', () => {
    const content = path.join(work, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const file = path.join(content, 'reviews/child-a-2019.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n\nSee [the other review](/reviews/no-such-review/) and [its key messages](/reviews/child-b-2022/#no-such-section).\n`);

    const run = runBuild(out, { CASCADE_CONTENT: content });
    expect(run.status).toBe(1);
    expect(run.output).toContain('page /reviews/child-a-2019/ links to /reviews/no-such-review/ which does not exist');
    expect(run.output).toContain('page /reviews/child-a-2019/ links to /reviews/child-b-2022/#no-such-section but /reviews/child-b-2022/ has no element with id "no-such-section"');
    expect(run.output).toContain('content/reviews/x.mdx'); // how to fix it
    expect(hashTree(out)).toBe(before);
  });
});
