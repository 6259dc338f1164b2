// A rebuild costs what changed, read from the build's own progress report: with nothing
// changed the build does nothing at all, and even when forced no page is rendered and the
// search index is reused; after one body is edited, only the pages that show that body are
// rendered again.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-rebuild-cost-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const env = { CASCADE_CONTENT: content, CASCADE_CACHE_DIR: path.join(work, 'cache'), CASCADE_CARD_CACHE: path.join(work, 'cards') };

/** Builds and returns the report's line for a phase, without its time. */
function build(args: string[] = []): ((phase: string) => string) & { output: string } {
  const run = runBuild(out, env, args);
  expect(run.status, run.output).toBe(0);
  return Object.assign((phase: string) => {
    const lines = run.output.split('\n').filter((line) => line.startsWith(`${phase} `) && !line.endsWith('so far'));
    expect(lines, run.output).toHaveLength(1);
    return lines[0]!.replace(/ in [\d.]+ s$/, '');
  }, { output: run.output });
}

let cold: ReturnType<typeof build>;
let untouched: ReturnType<typeof build>;
/** The output folder and its front page, as the cold build and then the untouched build left them. */
const folders: [number, number][] = [];
let unchanged: ReturnType<typeof build>;
let edited: ReturnType<typeof build>;
const folderOf = (): [number, number] => [statSync(out).ino, statSync(path.join(out, 'index.html')).mtimeMs];
beforeAll(() => {
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  cold = build();
  folders.push(folderOf());
  untouched = build();
  folders.push(folderOf());
  unchanged = build(['--force']);
  const file = path.join(content, 'briefings/child-e-learning-summary.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence the rebuild test added to this body.\n`);
  edited = build();
});

const total = () => /^pages rendered (\S+) of (\S+)$/.exec(cold('pages rendered'))!;

describe('a rebuild with nothing changed', () => {
  test('the cold build renders every page', () => {
    const [, rendered, of] = total();
    expect(rendered).toBe(of);
    expect(Number(of!.replace(/,/g, ''))).toBeGreaterThan(300);
  });

  test('does nothing, and says so', () => {
    expect(untouched.output).toContain(`Nothing has changed since ${out}/ was built as of`);
    expect(untouched.output).toContain('npm run build -- --force');
    expect(untouched.output).not.toContain('pages rendered');
    expect(folders[1]).toEqual(folders[0]);
  });

  test('renders no page when forced to build', () => {
    expect(unchanged('pages rendered')).toBe(`pages rendered 0 of ${total()[2]} (all reused)`);
  });

  test('draws no card and re-indexes nothing', () => {
    expect(unchanged('cards drawn')).toBe('cards drawn 0 of 0 (all cached)');
    expect(unchanged('search indexed')).toBe('search indexed 0 pages (nothing changed, last index reused)');
  });
});

describe('a rebuild after one body was edited', () => {
  test('renders that briefing’s page and its text-only version, and no other', () => {
    const of = Number(total()[2]!.replace(/,/g, ''));
    expect(edited('pages rendered')).toBe(`pages rendered 2 of ${total()[2]} (${(of - 2).toLocaleString('en-GB')} reused, redone: /briefings/child-e-learning-summary/, /briefings/child-e-learning-summary/text/)`);
    expect(readFileSync(path.join(out, 'briefings/child-e-learning-summary/index.html'), 'utf8')).toContain('A sentence the rebuild test added to this body.');
  });

  test('indexes the search again, so the new sentence can be found', () => {
    expect(edited('search indexed')).toMatch(/^search indexed [1-9]\d* pages/);
  });
});
