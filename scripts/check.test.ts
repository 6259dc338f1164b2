import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

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

function run(script: string, content: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, CASCADE_CONTENT: content, CASCADE_BUILD_DATE: '2026-11-22' }, encoding: 'utf8' });
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
});
