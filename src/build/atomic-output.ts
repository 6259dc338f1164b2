/**
 * Replaces the output folder only after a whole build has succeeded, so a failed build
 * leaves the last good site exactly as it was, and a site is never left without its folder.
 *
 * Beside `dist/`, on the same disk so every move is a rename:
 *   .dist-staging-dist-<pid>  the build being written
 *   .dist-previous-dist       the last site, moved aside for the instant of the swap
 *   .dist-lock-dist           who is building: one build at a time writes a folder
 *
 * The swap is two renames back to back (old aside, new in); SIGINT, SIGTERM and SIGHUP wait
 * until both are done. Only a hard kill or a power cut between the two can leave `dist/`
 * missing, and then the next build puts the previous site back before anything else. A
 * symlink flip would avoid even that instant, but `dist/` would become a link, which copy
 * tools and upload steps do not all follow: a real folder is what every host expects.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { BuildStepError } from '../lib/errors.ts';
import { formatLimit, timeLimitOf, timeLimitVariable } from '../lib/time-limit.ts';

/** The folders and lock file beside an output folder. */
export function sideFilesOf(outDir: string, pid = process.pid) {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const name = path.basename(target);
  return {
    target,
    parent,
    stagingPrefix: `.dist-staging-${name}-`,
    staging: path.join(parent, `.dist-staging-${name}-${pid}`),
    previous: path.join(parent, `.dist-previous-${name}`),
    lock: path.join(parent, `.dist-lock-${name}`),
  };
}

/** A staging folder beside the output, on the same disk, so the final swap is a rename. */
export function stagingDirFor(outDir: string): string {
  return sideFilesOf(outDir).staging;
}

/** Who holds the lock of an output folder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the build started. */
  started: string;
}

/** Another build is writing the same folder and did not finish in time. */
export class BuildLockedError extends BuildStepError {
  override name = 'BuildLockedError';
}

/** The swap failed and the previous site could not be put back: `dist/` may be missing. */
export class OutputSwapError extends BuildStepError {
  override name = 'OutputSwapError';
}

function readHolder(lock: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a lock was left by a build that no longer runs: its process is gone on this
 * computer. An unreadable lock (being written this instant) is stale only once it is old.
 */
function isStale(lock: string, holder: LockHolder | undefined): boolean {
  if (!holder) {
    try {
      return Date.now() - statSync(lock).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  return holder.host === hostname() && !isRunning(holder.pid);
}

const describeHolder = (h: LockHolder) => `process ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`}, started ${h.started}`;

export interface AtomicOptions {
  /** Progress for the person building: waiting for another build, putting a site back. */
  log?: (message: string) => void;
  /** How long to wait for another build of the same folder (default: the lock time limit). */
  waitMs?: number;
  /** The caller already holds the lock (lockOutput) and has run recoverOutput. */
  locked?: boolean;
}

/**
 * Takes the lock of an output folder, waiting while another live build holds it; a lock left
 * by a build that died is taken over. Returns the function that releases it.
 */
export async function lockOutput(outDir: string, { log = () => {}, waitMs = timeLimitOf('lock') }: AtomicOptions = {}): Promise<() => void> {
  const { lock, target, parent } = sideFilesOf(outDir);
  mkdirSync(parent, { recursive: true });
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const since = Date.now();
  let told = false;
  for (;;) {
    try {
      writeFileSync(lock, JSON.stringify(me), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lock);
    if (isStale(lock, holder)) {
      // Read again just before removing it, so a lock another build has just taken is kept.
      if (JSON.stringify(readHolder(lock)) === JSON.stringify(holder)) rmSync(lock, { force: true });
      log(`Took over ${path.basename(lock)}: the build that left it (${holder ? describeHolder(holder) : 'unknown'}) is no longer running.`);
      continue;
    }
    if (Date.now() - since >= waitMs) {
      throw new BuildLockedError(
        'Another build is writing the same folder',
        `Another build (${holder ? describeHolder(holder) : 'unknown'}) is still writing ${path.basename(target)}/; this build waited ${formatLimit(waitMs)} and stopped without touching it.`,
        { hint: `Wait for the other build to finish and build again. If no other build is running, delete ${lock}. ${timeLimitVariable('lock')}=<seconds> sets how long a build waits.` },
      );
    }
    if (!told) log(`Another build (${holder ? describeHolder(holder) : 'unknown'}) is writing ${path.basename(target)}/; waiting for it to finish…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(500, waitMs)));
  }
  const release = () => {
    if (readHolder(lock)?.pid === process.pid) rmSync(lock, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return release;
}

/**
 * Repairs what a stopped build left (call it holding the lock): puts the previous site back
 * if a hard kill came between the two renames of a swap, and removes staging folders and a
 * leftover previous site. Returns what it did, for the log.
 */
export function recoverOutput(outDir: string): string[] {
  const { target, parent, previous, stagingPrefix } = sideFilesOf(outDir);
  const done: string[] = [];
  if (existsSync(previous)) {
    if (existsSync(target)) rmSync(previous, { recursive: true, force: true });
    else {
      renameSync(previous, target);
      done.push(`Put the previous site back in ${path.basename(target)}/: a build was stopped in the middle of replacing it.`);
    }
  }
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (!name.startsWith(stagingPrefix)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    done.push(`Removed ${name}, left by a build that was stopped.`);
  }
  return done;
}

const HELD: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Moves the old site aside and the new one in, with nothing in between: both renames are
 * synchronous and the signals that would stop the process wait until they are done.
 */
function swap(target: string, staging: string, previous: string): void {
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => void held.push(signal);
  for (const signal of HELD) process.on(signal, hold);
  try {
    if (existsSync(target)) renameSync(target, previous);
    try {
      renameSync(staging, target);
    } catch (error) {
      try {
        if (existsSync(previous) && !existsSync(target)) renameSync(previous, target);
      } catch {
        throw new OutputSwapError(
          'The new site could not replace the old one',
          `Moving ${staging} to ${target} failed (${(error as Error).message}), and the previous site could not be put back: it is in ${previous}.`,
          { cause: error, hint: `The next build puts it back by itself; to do it now, rename ${previous} to ${target}.` },
        );
      }
      throw error;
    }
  } finally {
    for (const signal of HELD) process.off(signal, hold);
    if (held.length) process.kill(process.pid, held[0]);
  }
}

/**
 * Runs `write` into a fresh staging folder, then swaps it in for `outDir`. One build at a
 * time writes a folder (a second one waits); what a stopped build left is cleaned up first.
 * On failure the staging folder is removed and `outDir` is untouched.
 * @example await writeAtomically('dist', (dir) => build({ outDir: dir }), { log: console.log });
 */
export async function writeAtomically(outDir: string, write: (stagingDir: string) => Promise<void>, options: AtomicOptions = {}): Promise<void> {
  const { target, staging, previous } = sideFilesOf(outDir);
  const release = options.locked ? () => {} : await lockOutput(outDir, options);
  try {
    if (!options.locked) for (const line of recoverOutput(outDir)) options.log?.(line);
    try {
      await write(staging);
      if (!existsSync(staging)) throw new Error(`the build wrote nothing to ${staging}`);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    swap(target, staging, previous);
    await rm(previous, { recursive: true, force: true });
  } finally {
    release();
  }
}
