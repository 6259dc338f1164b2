/** Runs a command under GNU time and reads back wall, CPU and peak memory. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Measurement {
  ok: boolean;
  wallMs: number;
  userMs: number;
  sysMs: number;
  peakRssMb: number;
  output: string;
}

const TIME = '/usr/bin/time';

export function measure(command: string[], options: { cwd: string; env?: Record<string, string> }): Measurement {
  const started = performance.now();
  const result = spawnSync(TIME, ['-v', ...command], { cwd: options.cwd, env: { ...process.env, ...options.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const stderr = result.stderr ?? '';
  const number = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return {
    ok: result.status === 0,
    wallMs,
    userMs: number('User time \\(seconds\\)') * 1000,
    sysMs: number('System time \\(seconds\\)') * 1000,
    peakRssMb: number('Maximum resident set size \\(kbytes\\)') / 1024,
    output: `${result.stdout ?? ''}\n${stderr}`,
  };
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

export function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
