import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-once-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the content is checked, loaded and cross-referenced once per build, not once per page', () => {
  const out = path.join(work, 'dist');
  const run = runBuild(out);
  expect(run.status, run.output).toBe(0);
  const pages = listFiles(out).filter((f) => f.endsWith('.html')).length;
  expect(pages).toBeGreaterThan(50);
  // The build's progress report has one line per time each is done.
  const lines = run.output.split('\n');
  expect(lines.filter((line) => line.startsWith('content loaded '))).toEqual([expect.stringMatching(/^content loaded \d+ entries in [\d.]+ s$/)]);
  // Validation, the admin page, the search index's report records and retiring reports all
  // need the checked content: it is read and checked once.
  expect(lines.filter((line) => line.startsWith('content checked '))).toEqual([expect.stringMatching(/^content checked \d+ entries in [\d.]+ s$/)]);
});
