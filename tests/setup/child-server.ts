// Starts a server program as a child process on loopback, waits until it says it is ready,
// and stops it: what the dev server and decap-server helpers share.
import { spawn, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing is listening on, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Runs `node <args>` and resolves once its output contains `ready`; rejects with its output
 * if it exits first. The returned stop() ends it and waits for it to exit.
 */
export async function startChildServer(name: string, args: string[], options: Pick<SpawnOptions, 'cwd' | 'env'>, ready: string): Promise<{ stop(): Promise<void> }> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready:\n${output}`)));
  });
  return {
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
