// Starts decap-server, the Decap CMS local git backend, over a folder, on loopback and a free port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface DecapServer {
  /** The API address to put in config.yml's `local_backend.url`. */
  api: string;
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

/** `repo` is the folder Decap reads and writes, as if it were the repository's root. */
export async function startDecapServer(repo: string): Promise<DecapServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening on 127.0.0.1:${port}`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server exited with ${code}:\n${output}`)));
  });
  return {
    api: `http://127.0.0.1:${port}/api/v1`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
