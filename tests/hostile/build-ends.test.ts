// Builds that end (issue 15, finding 6): a hung external step stops with a message, a second
// build in the same folder says so, and a build killed in its swap never costs the site its dist/.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { createHtmlCheckPool } from '../../src/build/html-check-pool.ts';
import { drawCard } from '../../src/build/card-renderer.ts';
import { TimeLimitError } from '../../src/lib/time-limit.ts';
import { hashTree } from '../setup/files.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-build-ends-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
});

/** A folder holding a copy of the example site as `dist/`. */
function siteFolder(name: string): { dir: string; out: string } {
  const dir = path.join(work, name);
  mkdirSync(dir);
  cpSync(EXAMPLE_OUT, path.join(dir, 'dist'), { recursive: true });
  return { dir, out: path.join(dir, 'dist') };
}

describe('a hung step stops the build with a message', () => {
  test('a Pagefind that never answers is stopped at its time limit; dist/ is unchanged and nothing is left behind', () => {
    const { dir, out } = siteFolder('pagefind');
    const before = hashTree(out);
    const hung = path.join(work, 'pagefind-hung');
    writeFileSync(hung, '#!/bin/sh\nexec sleep 600\n', { mode: 0o755 });
    const started = Date.now();
    // Its own cache folder: with the example build's, the unchanged search index would be reused and Pagefind never started.
    const run = runBuild(out, { PAGEFIND_BINARY_PATH: hung, CASCADE_TIME_LIMIT_SEARCH: '2', CASCADE_CACHE_DIR: path.join(work, 'pagefind-cache') });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain('A build step took too long');
    expect(run.output).toMatch(/Pagefind \(starting pagefind\) took longer than 2 s and was stopped\./);
    expect(run.output).toContain('CASCADE_TIME_LIMIT_SEARCH=<seconds>');
    expect(run.output).toContain('dist/ was left as it was');
    expect(Date.now() - started).toBeLessThan(300_000);
    expect(hashTree(out)).toBe(before);
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  test('an HTML check worker that never answers is ended at its time limit', async () => {
    const hung = path.join(work, 'hung-worker.mjs');
    writeFileSync(hung, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { for (;;) {} });\n");
    const pool = createHtmlCheckPool({ script: pathToFileURL(hung), size: 1, limit: 200 });
    try {
      const error = await pool.check(path.join(EXAMPLE_OUT, 'index.html'), 'index.html', { kind: 'page', validate: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeLimitError);
      expect((error as Error).message).toBe('Checking the built file index.html took longer than 0.2 s and was stopped.');
      await expect(pool.check(path.join(EXAMPLE_OUT, 'index.html'), 'index.html', { kind: 'page', validate: true })).rejects.toThrow('the HTML check workers have stopped');
    } finally {
      await pool.close();
    }
  });

  test('a card that takes longer than its limit stops with a message naming it', async () => {
    process.env.CASCADE_TIME_LIMIT_CARD = '0.001';
    try {
      const error = await drawCard({ title: 'Child Q', label: 'Review', partnershipName: 'Northvale', colours: { brand: '#1d4f91', onBrand: '#ffffff', accent: '#ffdd00' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeLimitError);
      expect((error as Error).message).toBe('Drawing the card for "Child Q" took longer than 0.001 s and was stopped.');
    } finally {
      delete process.env.CASCADE_TIME_LIMIT_CARD;
    }
  });
});

describe('two builds of one folder', () => {
  test('the second says another build is running and that it did not touch dist/, never that dist/ was left as it was', () => {
    const { dir, out } = siteFolder('locked');
    const before = hashTree(out);
    // A live process holds the lock, as a build in progress would.
    const other = spawn('sleep', ['120']);
    children.push(other);
    writeFileSync(path.join(dir, '.dist-lock-dist'), JSON.stringify({ pid: other.pid, host: hostname(), started: '2026-12-01T09:00:00.000Z' }));
    const run = runBuild(out, { CASCADE_TIME_LIMIT_LOCK: '1' });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(`is writing dist/; waiting for it to finish…`);
    expect(run.output).toContain(`Another build (process ${other.pid}, started 2026-12-01T09:00:00.000Z) is still writing dist/; this build waited 1 s and stopped without touching it.`);
    expect(run.output).toContain('This build stopped without touching');
    expect(run.output).not.toContain('was left as it was');
    expect(hashTree(out)).toBe(before);
    expect(existsSync(path.join(dir, '.dist-lock-dist'))).toBe(true);
  });
});

describe('a build killed between the two renames of its swap', () => {
  test('the next build puts the previous site back first, even when its own content is invalid, and removes what was left', () => {
    const { dir, out } = siteFolder('killed');
    const before = hashTree(out);
    // What a hard kill mid-swap leaves: the old site aside, no dist/, a staging folder and the dead build's lock.
    renameSync(out, path.join(dir, '.dist-previous-dist'));
    mkdirSync(path.join(dir, '.dist-staging-dist-4206649'));
    writeFileSync(path.join(dir, '.dist-lock-dist'), JSON.stringify({ pid: 4_206_649, host: hostname(), started: '2026-12-01T09:00:00.000Z' }));
    const content = path.join(work, 'invalid-content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(path.join(content, 'reviews/zz-broken.mdx'), '---\ntitle: Broken\nkind: nonsense\n---\nBody\n');
    const run = runBuild(out, { CASCADE_CONTENT: content });
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain('Put the previous site back in dist/: a build was stopped in the middle of replacing it.');
    expect(run.output).toContain('Removed .dist-staging-dist-4206649, left by a build that was stopped.');
    expect(hashTree(out)).toBe(before);
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});
