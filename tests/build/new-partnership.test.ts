import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hashTree } from '../setup/files.ts';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-fork-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = path.join(work, 'content');
const publicDir = path.join(work, 'public');
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
cpSync(path.join(ROOT, 'public'), publicDir, { recursive: true });
const DETAILS = ['--name', 'Eastshire Safeguarding Children Partnership', '--short', 'ESCP', '--area', 'Eastshire', '--url', 'https://learning.eastshire-scp.example', '--email', 'scp@eastshire.example'];

function newPartnership(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new-partnership.ts'), ...args, '--content', content, '--public', publicDir], { cwd: ROOT, encoding: 'utf8', input: '' });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run new-partnership', () => {
  test('without --yes and no one to answer, nothing is changed', () => {
    const before = hashTree(content);
    const run = newPartnership(...DETAILS);
    expect(run.status).toBe(1);
    expect(run.output).toContain('Nothing was changed');
    expect(hashTree(content)).toBe(before);
  });

  test('a missing detail is named, with the usage', () => {
    const run = newPartnership('--name', 'Eastshire SCP', '--yes');
    expect(run.status).toBe(1);
    expect(run.output).toContain('Missing --short, --area, --url, --email.');
    expect(run.output).toContain('Usage: npm run new-partnership');
  });

  test('clears the example and leaves a valid partnership that builds', () => {
    const run = newPartnership(...DETAILS, '--yes');
    expect(run.status, run.output).toBe(0);
    for (const collection of ['reviews', 'briefings', 'courses', 'priorities', 'newsletters']) {
      expect(readdirSync(path.join(content, collection)).filter((f) => f.endsWith('.mdx')), collection).toEqual([]);
    }
    expect(readdirSync(path.join(publicDir, 'reports')).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(readFileSync(path.join(content, 'partnership.yaml'), 'utf8')).toContain('name: Eastshire Safeguarding Children Partnership');
    expect(readFileSync(path.join(content, 'agencies.yaml'), 'utf8').match(/type: statutory-partner/g)).toHaveLength(3);
    expect(readFileSync(path.join(content, 'pages/privacy.mdx'), 'utf8')).toContain('scp@eastshire.example');
    expect(readFileSync(path.join(content, 'pages/about.mdx'), 'utf8')).not.toMatch(/Northvale|TODO|lorem/i);

    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CASCADE_CONTENT: content } });
    expect(check.status, check.stderr).toBe(0);

    const out = path.join(work, 'dist');
    mkdirSync(path.join(work, 'cache'), { recursive: true });
    const build = runBuild(out, { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache') });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('Eastshire Safeguarding Children Partnership');
    expect(existsSync(path.join(out, 'pages/accessibility-statement/index.html'))).toBe(true);
  });
});
