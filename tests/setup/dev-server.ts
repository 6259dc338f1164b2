// Starts `astro dev` as an editor would (npm run dev), on loopback and a free port, and stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_DATE, ROOT } from './paths.ts';

export interface DevServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Resolves once the dev server prints its address; rejects with its output if it exits first. */
export async function startDevServer(env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  // Its own cache folder, so the dev server's content store never mixes with the builds' one.
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'cascade-dev-'));
  // Vitest puts its own import.meta.env (MODE, DEV, BASE_URL…) in process.env; astro dev must not inherit it.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)));
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    env: { ...inherited, CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_CACHE_DIR: cacheDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`astro dev exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
