import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../src/content/check-content.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const content = mkdtempSync(path.join(tmpdir(), 'cascade-new-'));
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
afterAll(() => rmSync(content, { recursive: true, force: true }));

function runNew(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new.ts'), ...args], { cwd: ROOT, env: { ...process.env, CASCADE_CONTENT: content }, input: input ?? '', encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
// A new entry is a draft whose body still holds the placeholders: those are warnings, named
// by line, until the editor writes the text. Everything else must already be right.
const isPlaceholder = (p: { field: string; message: string }) => p.field === 'body' && p.message.startsWith('still has the placeholder');
const problemsIn = async (file: string) => (await checkContent(content)).problems.filter((p) => p.file.endsWith(file) && !isPlaceholder(p));
const placeholdersIn = async (file: string) => (await checkContent(content)).problems.filter((p) => p.file.endsWith(file) && isPlaceholder(p));

describe('npm run new', { timeout: 60_000 }, () => {
  test('writes a briefing from command-line answers that passes the check', async () => {
    const run = runNew(['briefings', 'cli-briefing', '--title', 'Neglect in brief', '--summary', 'What the reviews teach about neglect.', '--published', '2026-01-05', '--format', 'seven-minute', '--audiences', 'workforce', '--keyMessages', 'Look at the home.', '--keyMessages', 'Ask the child.', '--themes', 'neglect']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await problemsIn('briefings/cli-briefing.mdx')).toEqual([]);
    const placeholders = await placeholdersIn('briefings/cli-briefing.mdx');
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders.every((p) => p.severity === 'warning' && typeof p.line === 'number')).toBe(true);
    expect(readFileSync(path.join(content, 'briefings/cli-briefing.mdx'), 'utf8')).toContain('## 7. ');
  });

  test('asks for each required field on standard input, re-asking after a wrong answer', async () => {
    const answers = ['reviews', 'child-z-2026', 'Child Z', '', 'How agencies heard Child Z.', '', 'lcsp', 'lcspr', 'Listen to the child.', '', 'not-published'];
    const run = runNew(['--interactive'], `${answers.join('\n')}\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nothing was given: this field is empty; write some text here Try again.');
    expect(run.stdout).toContain('"lcsp" is not allowed here. Expected one of: lcspr,');
    expect(run.stdout).toContain('Did you mean "lcspr"?');
    expect(await problemsIn('reviews/child-z-2026.mdx')).toEqual([]);
  });

  test('marks the required fields it was not given, and the check names each one', async () => {
    const run = runNew(['courses', 'bare-course']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Still to fill in (marked REQUIRED in the file): title, summary, published, level, delivery, durationMinutes, audience, outcomes, trainers.');
    const fields = (await problemsIn('courses/bare-course.mdx')).map((p) => p.field);
    expect(fields).toEqual(['title', 'summary', 'published', 'level', 'delivery', 'durationMinutes', 'audience', 'outcomes', 'trainers']);
    rmSync(path.join(content, 'courses/bare-course.mdx'));
  });

  test.each([
    ['a slug that is taken', ['reviews', 'child-a-2019'], 'content/reviews/child-a-2019.mdx already exists. Choose another slug, or edit that file.'],
    ['a slug with capitals or spaces', ['reviews', 'Child Q 2024'], '"Child Q 2024" has characters a web address cannot use. A slug is lowercase letters, digits and single hyphens, e.g. child-q-2024.'],
    ['an unknown collection', ['review', 'child-q'], '"review" is not a collection. Use one of: reviews, briefings, courses, priorities, newsletters, pages. Did you mean "reviews"?'],
    ['an unknown theme', ['briefings', 'b-2', '--themes', 'neglet'], '--themes: "neglet" does not match any id in themes. Did you mean "neglect"?'],
    ['a misspelt field', ['briefings', 'b-2', '--tilte', 'x'], '--tilte is not a field of this collection. Did you mean --title?'],
  ])('refuses %s, says why and writes nothing', (_, args, message) => {
    const run = runNew(args);
    expect(run.status).toBe(1);
    expect(run.stderr.replaceAll(content, 'content')).toContain(message);
    expect(run.stderr).toContain('Usage: npm run new');
    expect(existsSync(path.join(content, 'briefings/b-2.mdx'))).toBe(false);
  });
});
