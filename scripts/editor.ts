/**
 * npm run editor: the web editor's local git backend (decap-server) for trying /admin/ on
 * your own computer. It listens on 127.0.0.1 only, never on the network (it has no sign-in),
 * and saves into this folder's git repository, each entry on its own branch as it would be
 * on the git host. Run `npm run dev` beside it and open http://localhost:4321/admin/.
 * Usage: node scripts/editor.ts   (PORT=8081 unless set)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const server = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
const child = spawn(process.execPath, [server], {
  stdio: 'inherit',
  env: { ...process.env, BIND_HOST: '127.0.0.1', MODE: 'git', PORT: process.env.PORT ?? '8081', GIT_REPO_DIRECTORY: process.cwd() },
});
child.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
