import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BUILD_DATE, EXAMPLE_CONTENT, ROOT } from './paths.ts';

export interface BuildRun {
  status: number | null;
  output: string;
}

/**
 * Runs `npm run build` as a user would, into `out`, with a fixed build date. Unless `env`
 * names another content folder, it builds the example content with the leak-check fixtures.
 */
export function runBuild(out: string, env: Record<string, string> = {}, args: string[] = []): BuildRun {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts'), '--out', out, ...args], {
    cwd: ROOT,
    env: { ...process.env, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CONTENT: EXAMPLE_CONTENT, ...env },
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
