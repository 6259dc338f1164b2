import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(tmpdir(), 'cascade-check-'));
const good = path.join(temp, 'good');
const bad = path.join(temp, 'bad');
cpSync(path.join(ROOT, 'content'), good, { recursive: true });
cpSync(path.join(ROOT, 'content'), bad, { recursive: true });
writeFileSync(
  path.join(bad, 'reviews/broken-review.mdx'),
  ['---', 'title: A broken review', 'summary: Three mistakes.', 'published: 31/12/2025', 'kind: lcsp', 'keyMessages: [Listen.]', 'report: not-published', 'themes: [neglct]', '---', '', 'Text.', ''].join('\n'),
);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: string, content: string, args: string[] = [], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env = { ...process.env, CASCADE_CONTENT: content, CASCADE_BUILD_DATE: '2026-11-22', GITHUB_ACTIONS: '', ...options.env };
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The report block: from the first file name to the "N problems in M files." line. */
const reportOf = (text: string) => /^\S.*\.mdx\n[\s\S]*?\d+ problems? in \d+ files?\./m.exec(text)?.[0];

// Each test starts node (and astro, for the build): slow on a busy machine, never a hang.
describe('npm run check', { timeout: 60_000 }, () => {
  test('passes valid content with exit code 0 and says what it checked', () => {
    const result = run('check.ts', good);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^All content is valid: \d+ reviews, \d+ briefings/);
  });

  test('names the file, the field, the value and the fix, with exit code 1', () => {
    const result = run('check.ts', bad);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('All content is valid');
    expect(reportOf(result.stderr)?.replaceAll(bad, 'content')).toMatchInlineSnapshot(`
      "content/reviews/broken-review.mdx
        published, line 4: is "31/12/2025": expected a date written YYYY-MM-DD: write 2025-12-31.
        kind, line 5: "lcsp" is not allowed here. Expected one of: lcspr, rapid-review, national-review, scr, learning-review, multi-agency-audit, thematic-audit, good-practice-review, single-agency-review, section-11-audit, sar, dhr. Did you mean "lcspr"?
        themes[0], line 8: "neglct" does not match any theme id in content/themes.yaml. Did you mean "neglect"?

      3 problems in 1 file."
    `);
  });

  test('reports a bad file with exactly the text the build prints', () => {
    const check = reportOf(run('check.ts', bad).stderr);
    const build = run('build.ts', bad, ['--out', path.join(temp, 'dist')]);
    expect(build.status).toBe(1);
    expect(check).toBeDefined();
    expect(reportOf(build.stderr)).toBe(check);
  });

  test('--json gives tools every problem with its file, field, message and severity', () => {
    const result = run('check.ts', bad, ['--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: Record<string, string>[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => Object.keys(p).sort())).toEqual(report.problems.map(() => ['code', 'field', 'file', 'line', 'message', 'severity']));
    expect(report.problems.map((p) => `${p.code} ${p.field} ${p.line}`)).toEqual(['field-date published 4', 'field-value kind 5', 'reference-unknown themes[0] 8']);
    expect(JSON.parse(run('check.ts', good, ['--json']).stdout)).toEqual({ ok: true, problems: [], comingDown: [] });
  });

  test('`npm run --silent check -- --json`, the README\'s command for tools, prints only JSON even when content is bad', () => {
    // Through npm as a tool runs it: npm prints its banner before the script starts and, in its
    // own --json mode, an error object after a failing one; --silent is what keeps both out.
    const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--json'], {
      cwd: ROOT,
      env: { ...npmEnv, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, CASCADE_CONTENT: bad, CASCADE_BUILD_DATE: '2026-11-22', GITHUB_ACTIONS: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { problems: unknown[] }).problems).toHaveLength(3);
  });
});

describe('npm run check on GitHub Actions', { timeout: 60_000 }, () => {
  test('prints each problem as an annotation on its file and line, named from the checkout', () => {
    // As in a checkout: content/ and public/ side by side in the working folder.
    if (!existsSync(path.join(temp, 'public'))) symlinkSync(path.join(ROOT, 'public'), path.join(temp, 'public'));
    const result = run('check.ts', bad, [], { cwd: temp, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::'))).toEqual([
      '::error file=bad/reviews/broken-review.mdx,line=4,title=published (field-date)::is "31/12/2025": expected a date written YYYY-MM-DD: write 2025-12-31.',
      expect.stringMatching(/^::error file=bad\/reviews\/broken-review\.mdx,line=5,title=kind \(field-value\)::"lcsp" is not allowed here\./),
      '::error file=bad/reviews/broken-review.mdx,line=8,title=themes[0] (reference-unknown)::"neglct" does not match any theme id in content/themes.yaml. Did you mean "neglect"?',
    ]);
  });

  test('prints no annotations anywhere else', () => {
    expect(run('check.ts', bad).stdout).not.toContain('::error');
  });
});

describe('the pull-request workflow', () => {
  const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/check-content.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
  };

  test('runs on every pull request, such as each save from the web editor', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  test('installs the locked dependencies and runs the check', () => {
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? step.uses ?? ''));
    expect(runs.findIndex((r) => r.startsWith('actions/checkout'))).toBeGreaterThanOrEqual(0);
    expect(runs.findIndex((r) => /^npm ci\b/.test(r))).toBeLessThan(runs.indexOf('npm run check'));
    expect(runs.findIndex((r) => /^npm ci\b/.test(r))).toBeGreaterThanOrEqual(0);
  });
});
