import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BuildLockedError, lockOutput, sideFilesOf, writeAtomically } from './atomic-output.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A folder holding `dist/` with one page saying `text`. */
function project(text?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cascade-atomic-'));
  dirs.push(dir);
  if (text) site(path.join(dir, 'dist'), text);
  return dir;
}
function site(dir: string, text: string) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), text);
}
const read = (dir: string) => readFileSync(path.join(dir, 'dist/index.html'), 'utf8');
/** A process id that no process has: a build that died. */
const DEAD_PID = 2 ** 22 + 12_345;

describe('writeAtomically', () => {
  test('a successful build replaces dist/ and leaves nothing beside it', async () => {
    const dir = project('old');
    await writeAtomically(path.join(dir, 'dist'), async (staging) => site(staging, 'new'));
    expect(read(dir)).toBe('new');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  test('a failed build keeps dist/ and removes its staging folder and lock', async () => {
    const dir = project('old');
    await expect(writeAtomically(path.join(dir, 'dist'), async (staging) => {
      site(staging, 'half');
      throw new Error('render failed');
    })).rejects.toThrow('render failed');
    expect(read(dir)).toBe('old');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  test('after a build killed between its two renames, the next one puts the previous site back before anything else', async () => {
    const dir = project();
    const files = sideFilesOf(path.join(dir, 'dist'), DEAD_PID);
    // What a hard kill mid-swap leaves: no dist/, the old site aside, its staging folder and its lock.
    site(files.previous, 'old');
    site(files.staging, 'new, never swapped in');
    writeFileSync(files.lock, JSON.stringify({ pid: DEAD_PID, host: (await import('node:os')).hostname(), started: '2026-12-01T00:00:00Z' }));
    const log: string[] = [];
    let during = '';
    await writeAtomically(path.join(dir, 'dist'), async (staging) => {
      during = read(dir);
      site(staging, 'next');
    }, { log: (line) => log.push(line) });
    expect(during).toBe('old');
    expect(read(dir)).toBe('next');
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(log.join('\n')).toMatch(/Took over \.dist-lock-dist: the build that left it \(process \d+, started 2026-12-01T00:00:00Z\) is no longer running\./);
    expect(log.join('\n')).toContain('Put the previous site back in dist/: a build was stopped in the middle of replacing it.');
    expect(log.join('\n')).toContain(`Removed .dist-staging-dist-${DEAD_PID}, left by a build that was stopped.`);
  });

  test('a leftover previous site beside a whole dist/ is removed, not put back', async () => {
    const dir = project('current');
    site(sideFilesOf(path.join(dir, 'dist')).previous, 'older');
    await writeAtomically(path.join(dir, 'dist'), async (staging) => site(staging, 'next'));
    expect(read(dir)).toBe('next');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  test('a second build of the same folder waits for the first, then runs', async () => {
    const dir = project('old');
    const release = await lockOutput(path.join(dir, 'dist'));
    const log: string[] = [];
    const second = writeAtomically(path.join(dir, 'dist'), async (staging) => site(staging, 'second'), { log: (line) => log.push(line), waitMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(read(dir)).toBe('old');
    expect(log).toEqual([expect.stringMatching(new RegExp(`^Another build \\(process ${process.pid}, started .*\\) is writing dist/; waiting for it to finish…$`))]);
    release();
    await second;
    expect(read(dir)).toBe('second');
  });

  test('a second build that waited too long stops, saying so, without touching dist/', async () => {
    const dir = project('old');
    const release = await lockOutput(path.join(dir, 'dist'));
    try {
      const error = await writeAtomically(path.join(dir, 'dist'), async (staging) => site(staging, 'second'), { waitMs: 100 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BuildLockedError);
      expect((error as Error).message).toMatch(new RegExp(`^Another build \\(process ${process.pid}, started .*\\) is still writing dist/; this build waited 0.1 s and stopped without touching it\\.$`));
      expect((error as BuildLockedError).hint).toContain('.dist-lock-dist');
      expect(read(dir)).toBe('old');
    } finally {
      release();
    }
    expect(existsSync(sideFilesOf(path.join(dir, 'dist')).lock)).toBe(false);
  });

  test('a lock held from another computer is not taken over', async () => {
    const dir = project('old');
    writeFileSync(sideFilesOf(path.join(dir, 'dist')).lock, JSON.stringify({ pid: DEAD_PID, host: 'another-computer', started: '2026-12-01T00:00:00Z' }));
    await expect(writeAtomically(path.join(dir, 'dist'), async (staging) => site(staging, 'x'), { waitMs: 50 })).rejects.toThrow(`process ${DEAD_PID} on another-computer`);
  });
});
