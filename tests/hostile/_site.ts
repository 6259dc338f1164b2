// A copy of the example content and documents in a temporary folder, for one hostile test
// file to change and then check and build as an editor would.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_DATE, ROOT } from '../setup/paths.ts';
import { runBuild, type BuildRun } from '../setup/run-build.ts';

export interface HostileSite {
  root: string;
  content: string;
  publicDir: string;
  out: string;
  /** Writes a file under the content folder, e.g. `reviews/x.mdx`. */
  write(file: string, text: string): void;
  /** npm run check; `report` is the problem report it prints, which the build must print too. */
  check(): BuildRun & { report: string };
  build(): BuildRun;
  remove(): void;
}

/** A review an editor might save: `extra` lines go into its frontmatter. */
export const review = (extra: string, title = 'Hostile review') => `---
title: ${title}
summary: A review written to test what the build lets through.
published: 2025-01-01
kind: learning-review
agencies: [northvale-childrens-services]
keyMessages:
  - Nothing here should be published that is not meant to be.
recommendations: []
${extra.trim()}
---

Learning for practitioners.
`;

export function hostileSite(name: string): HostileSite {
  const root = mkdtempSync(path.join(tmpdir(), `cascade-hostile-${name}-`));
  const content = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  cpSync(path.join(ROOT, 'public'), publicDir, { recursive: true, verbatimSymlinks: true });
  const env = { CASCADE_CONTENT: content, CASCADE_PUBLIC: publicDir, CASCADE_CACHE_DIR: path.join(root, 'cache'), CASCADE_BUILD_DATE: BUILD_DATE };
  const out = path.join(root, 'site');
  return {
    root,
    content,
    publicDir,
    out,
    write(file, text) {
      mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
      writeFileSync(path.join(content, file), text);
    },
    check() {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}`, report: run.stderr.trim() };
    },
    build: () => runBuild(out, env),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}


const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one problem in a check or build report: under `file` (the end of its path),
 * the `field` (its line number, when given, may follow) and the start of the message.
 * @example expect(report).toMatch(problem('content/reviews/x.mdx', 'documents[0].href', 'is "/../x": it leads out of public/'))
 */
export function problem(file: string, field: string, message: string, options: { warning?: boolean } = {}): RegExp {
  const where = field ? `${escape(field)}(?:, line \\d+)?: ` : '';
  return new RegExp(`${escape(file)}\\n(?: {2}.*\\n)*? {2}${options.warning ? 'warning: ' : ''}${where}${escape(message)}`);
}
