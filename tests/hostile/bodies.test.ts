import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashTree, listFiles } from '../setup/files.ts';
import { BUILD_DATE, EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

// Bodies come from editors through the web editor: a body is text, and nothing in it is run.
const work = mkdtempSync(path.join(tmpdir(), 'cascade-hostile-bodies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const marker = path.join(work, 'stolen.txt');
const frontmatter = (slug: string, extra = '') => `---
title: Hostile ${slug}
summary: An entry written to try the build.
published: 2025-01-01
format: learning-summary
audiences: [workforce]
keyMessages:
  - Nothing here may run.
${extra}---
`;

/** A copy of the example content with extra briefings, each `{slug: file text}`. */
function contentWith(name: string, briefings: Record<string, string>): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  for (const [slug, text] of Object.entries(briefings)) writeFileSync(path.join(dir, 'briefings', `${slug}.mdx`), text);
  return dir;
}

function check(content: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CONTENT: content, ...env }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const RUN_CODE = `{process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`;

describe('a draft whose body holds code', () => {
  const out = path.join(work, 'out-draft');
  let build: { status: number | null; output: string };
  beforeAll(() => {
    const content = contentWith('draft', {
      'draft-runs-code': `${frontmatter('draft-runs-code', 'draft: true\n')}\nBefore.\n\n${RUN_CODE}\n\n<script>fetch('/steal')</script>\n`,
      // Half-written in the web editor: the frontmatter does not parse and a brace is left open.
      'draft-half-written': `---\ntitle: "Half written\ndraft: true\n---\n\nThe notes say {unfinished\n`,
    });
    build = runBuild(out, { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache-draft'), SECRET_PROBE: 'never-print-this' });
  });

  test('is never run, and does not stop the build of everything public', () => {
    expect(build.status, build.output).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(listFiles(out).filter((f) => f.includes('draft-runs-code') || f.includes('draft-half-written'))).toEqual([]);
    expect(listFiles(out).some((f) => f.startsWith('briefings/neglect-seven-minute-briefing/'))).toBe(true);
  });

  test('is reported as a warning naming the file, the line and the fix', () => {
    expect(build.output).toContain('briefings/draft-runs-code.mdx');
    expect(build.output).toMatch(/warning: body, line 14, column 1: \{process\.getBuiltinModule\('node:fs'\)[^\n]*is a code expression\. A body is text, never code\./);
    expect(build.output).toContain('warning: body, line 16, column 1: <script> is not allowed in a body: it would run code');
    expect(build.output).toContain('This entry is a draft, so the site was built without it; fix this before you publish it.');
    expect(build.output).toMatch(/briefings\/draft-half-written\.mdx\n {2}warning: [^\n]*not valid YAML/);
    expect(build.output).toMatch(/warning: body, line 6, column 15: this \{ is never closed/);
  });
});

describe('a public or embargoed entry whose body holds code or unsafe HTML', () => {
  const content = contentWith('public', {
    'leaks-a-secret': `${frontmatter('leaks-a-secret')}\nThe token is {process.env.SECRET_PROBE}.\n`,
    'email-trap': `${frontmatter('email-trap')}\n<a href="java&#x09;script:alert(document.domain)">Read the full briefing</a>\n`,
    'goes-live-later': `${frontmatter('goes-live-later').replace('2025-01-01', '2099-01-01')}\n<iframe src="https://tracker.example/"></iframe>\n`,
  });

  test('npm run check refuses each, by file, field, line and column, and prints no secret', () => {
    const run = check(content, { SECRET_PROBE: 'never-print-this' });
    expect(run.status).toBe(1);
    expect(run.output).not.toContain('never-print-this');
    expect(run.output).toContain('/briefings/leaks-a-secret.mdx\n  body, line 11, column 14: {process.env.SECRET_PROBE} is a code expression.');
    expect(run.output).toContain('/briefings/email-trap.mdx\n  body, line 11, column 4: on <a>, the address in href="java\tscript:alert(document.domain)" uses "javascript:"');
    expect(run.output).toContain('/briefings/goes-live-later.mdx\n  body, line 11, column 1: <iframe> is not allowed in a body');
  });

  test('the build stops with the same messages and leaves the last good site as it was', () => {
    const out = path.join(work, 'out-public');
    cpSync(EXAMPLE_OUT, out, { recursive: true });
    const before = hashTree(out);
    const run = runBuild(out, { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache-public'), SECRET_PROBE: 'never-print-this' });
    expect(run.status).toBe(1);
    expect(run.output).toContain('body, line 11, column 14: {process.env.SECRET_PROBE} is a code expression.');
    expect(run.output).not.toContain('never-print-this');
    expect(hashTree(out)).toBe(before);
  });

  test('check --json carries the line and column of each body problem', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--json'], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CONTENT: content }, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { ok: boolean; problems: { file: string; field: string; line?: number; column?: number }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/\/briefings\/leaks-a-secret\.mdx$/), field: 'body', line: 11, column: 14 }));
  });
});

test('the example content has no body problems at all', () => {
  const run = check(path.join(ROOT, 'content'));
  expect(run.output).not.toMatch(/body, line/);
  expect(readFileSync(path.join(EXAMPLE_OUT, 'briefings/neglect-seven-minute-briefing/index.html'), 'utf8')).toContain('<h2 id=');
});
