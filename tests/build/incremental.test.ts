import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

// Rebuilds reuse unchanged pages (Astro's incremental build) and stored rendered bodies.
// These tests check a reused page never shows stale facts from another entry.
const work = mkdtempSync(path.join(tmpdir(), 'cascade-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const out = path.join(work, 'dist');
const env = { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache') };
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(content, file), change(readFileSync(path.join(content, file), 'utf8')));

describe('a rebuild after an edit', () => {
  test('the first build succeeds', () => {
    const run = runBuild(out, env);
    expect(run.status, run.output).toBe(0);
    expect(page('reviews/child-a-2019/')).toContain('Learning summary: Child A and long-term neglect');
  });

  test('renaming a briefing updates the review page that lists it', () => {
    edit('briefings/child-a-learning-summary.mdx', (t) => t.replace(/^title: .*$/m, "title: 'Child A: what neglect looked like'"));
    const run = runBuild(out, env);
    expect(run.status, run.output).toBe(0);
    expect(page('reviews/child-a-2019/')).toContain('Child A: what neglect looked like');
    expect(page('reviews/child-a-2019/')).not.toContain('Learning summary: Child A and long-term neglect');
  });

  test('editing a body shows the new text, and unchanged pages are still there', () => {
    edit('reviews/child-b-2022.mdx', (t) => `${t}\n\nA sentence added by the incremental build test.\n`);
    const run = runBuild(out, env);
    expect(run.status, run.output).toBe(0);
    expect(page('reviews/child-b-2022/')).toContain('A sentence added by the incremental build test.');
    expect(page('reviews/child-a-2019/')).toContain('Child A: what neglect looked like');
  });

  test('making an entry a draft removes its page and every link to it', () => {
    edit('briefings/child-a-learning-summary.mdx', (t) => t.replace(/^---\n/, '---\ndraft: true\n'));
    const run = runBuild(out, env);
    expect(run.status, run.output).toBe(0);
    expect(() => page('briefings/child-a-learning-summary/')).toThrow();
    expect(page('reviews/child-a-2019/')).not.toContain('briefings/child-a-learning-summary/');
  });
});
