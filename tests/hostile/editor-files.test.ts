import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILD_DATE, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

// What editors' own tools leave in content/: a byte-order mark (Notepad), Windows line ends,
// lock and swap files, a Markdown file saved as .md, and what an attacker might add.
const work = mkdtempSync(path.join(tmpdir(), 'cascade-editor-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyContent(name: string): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

function check(content: string) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CONTENT: content }, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('files as editors’ tools save them', () => {
  const content = copyContent('tools');
  const briefing = path.join(content, 'briefings/neglect-seven-minute-briefing.mdx');
  const text = readFileSync(briefing, 'utf8');
  writeFileSync(briefing, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  writeFileSync(path.join(content, 'briefings/.#neglect-seven-minute-briefing.mdx'), 'editor@laptop.1234:1700000000');
  writeFileSync(path.join(content, 'briefings/.neglect-seven-minute-briefing.mdx.swp'), '\0\0binary');
  writeFileSync(path.join(content, 'briefings/neglect-seven-minute-briefing.mdx~'), 'an old copy');
  const page = readFileSync(path.join(content, 'pages/about.mdx'), 'utf8');
  rmSync(path.join(content, 'pages/about.mdx'));
  writeFileSync(path.join(content, 'pages/about.md'), page);

  test('a byte-order mark, Windows line ends and leftovers pass the check', () => {
    const run = check(content);
    expect(run.output).toContain('All content is valid');
    expect(run.status).toBe(0);
  });

  test('the site is built from them, the .md page included, and no leftover is published', () => {
    const out = path.join(work, 'out-tools');
    const run = runBuild(out, { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache-tools') });
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(path.join(out, 'briefings/neglect-seven-minute-briefing/index.html'), 'utf8')).toMatch(/<h2 id="[^"]+">1\./);
    expect(existsSync(path.join(out, 'pages/about/index.html'))).toBe(true);
  });
});

describe('files that cannot be entries are refused by name', () => {
  const content = copyContent('refused');
  writeFileSync(path.join(content, 'reviews/child-q-2024.MDX'), '---\ntitle: Upper case\n---\n');
  writeFileSync(path.join(content, 'reviews/meeting-notes.docx'), 'PK');
  const twin = readFileSync(path.join(content, 'reviews/child-b-2022.mdx'), 'utf8');
  writeFileSync(path.join(content, 'reviews/child-b-2022.md'), twin);
  writeFileSync(path.join(work, 'outside.mdx'), '---\ntitle: Outside the project\n---\nSECRET-OUTSIDE\n');
  symlinkSync(path.join(work, 'outside.mdx'), path.join(content, 'reviews/linked.mdx'));
  writeFileSync(path.join(content, 'sectors.yaml'), ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n'));
  const run = check(content);

  test.each([
    ['reviews/child-q-2024.MDX', 'is not read, because its extension is not lowercase. Rename it to child-q-2024.mdx.'],
    ['reviews/meeting-notes.docx', 'is not an entry: only .mdx and .md files are read in this folder.'],
    ['reviews/child-b-2022.md', 'and '],
    ['reviews/linked.mdx', 'is a link to another file. Cascade reads only files kept inside content/'],
    ['sectors.yaml', 'line 1: is not valid YAML: it repeats anchors (&name / *name) more than 50 times'],
  ])('%s: %s', (file, message) => {
    expect(run.status).toBe(1);
    expect(run.output).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}\\n {2}[^\\n]*${message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  });

  test('nothing outside the project is read into the report', () => {
    expect(run.output).not.toContain('SECRET-OUTSIDE');
    expect(run.output).not.toContain('Outside the project');
  });
});

describe('a report file that is damaged', () => {
  test('is refused by npm run check, naming the entry, the field and the file', () => {
    const content = copyContent('damaged');
    const publicDir = path.join(work, 'public-damaged');
    cpSync(path.join(ROOT, 'public'), publicDir, { recursive: true });
    const report = path.join(publicDir, 'reports/child-b-2022.pdf');
    writeFileSync(report, readFileSync(report).subarray(0, 900));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CONTENT: content, CASCADE_PUBLIC: publicDir }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(/reviews\/child-b-2022\.mdx\n(?: {2}.*\n)*? {2}documents\[0\]\.href, line \d+: is "\/reports\/child-b-2022\.pdf", but public\/reports\/child-b-2022\.pdf is not a readable PDF/);
  });
});
