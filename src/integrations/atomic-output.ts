/**
 * Replaces the output folder only after a whole build has succeeded, so a failed build
 * leaves the last good site exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A staging folder beside the output, on the same disk, so the final swap is a rename. */
export function stagingDirFor(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), `.dist-staging-${path.basename(outDir)}-${process.pid}`);
}

/**
 * Runs `write` into a fresh staging folder, then swaps it in for `outDir`.
 * On failure the staging folder is removed and `outDir` is untouched.
 * @example await writeAtomically('dist', (dir) => build({ outDir: dir }));
 */
export async function writeAtomically(outDir: string, write: (stagingDir: string) => Promise<void>): Promise<void> {
  const target = path.resolve(outDir);
  const staging = stagingDirFor(target);
  const old = `${staging}-old`;
  await rm(staging, { recursive: true, force: true });
  try {
    await write(staging);
    if (!existsSync(staging)) throw new Error(`the build wrote nothing to ${staging}`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    // Put the previous site back before reporting.
    if (existsSync(old)) await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
