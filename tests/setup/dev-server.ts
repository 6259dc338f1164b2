// Starts `astro dev` as an editor would (npm run dev), on loopback and a free port, and stops it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startChildServer } from './child-server.ts';
import { BUILD_DATE, ROOT } from './paths.ts';

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

/** Resolves once the dev server prints its address; rejects with its output if it exits first. */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  // Its own cache folder, so the dev server's content store never mixes with the builds' one.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cascade-dev-'));
  // Vitest puts its own import.meta.env (MODE, DEV, BASE_URL…) in process.env; astro dev must not inherit it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)));
  // --ignore-lock: each test starts its own server with its own cache; Astro's one-server-per-
  // project lock would refuse the second test file's server while the first is still stopping.
  const server = await startChildServer('astro dev', [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--ignore-lock'], {
    cwd: ROOT,
    env: { ...inherited, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CACHE_DIR: cacheDir, ...env },
  }, `127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      await server.stop();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
