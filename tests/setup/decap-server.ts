// Starts decap-server, the Decap CMS local git backend, over a folder, on loopback and a free port.
import path from 'node:path';
import { freePort, startChildServer } from './child-server.ts';
import { ROOT } from './paths.ts';

export interface DecapServer {
  /** The API address to put in config.yml's `local_backend.url`. */
  api: string;
  stop(): Promise<void>;
}

/**
 * `repo` is the folder Decap reads and writes, as if it were the repository's root. In `git`
 * mode it must be a git repository: each save is a commit on its own branch (the editorial
 * workflow, as on the git host).
 */
export async function startDecapServer(repo: string, mode: 'fs' | 'git' = 'fs'): Promise<DecapServer> {
  const port = await freePort();
  const server = await startChildServer('decap-server', [path.join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: mode },
  }, `listening on 127.0.0.1:${port}`);
  return {
    api: `http://127.0.0.1:${port}/api/v1`,
    stop: server.stop,
  };
}
