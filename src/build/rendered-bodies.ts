/**
 * Keeps rendered entry bodies between builds, so a build parses only the bodies that changed:
 * rendering every body was most of the content check's time (7.5 of 11.6 s at 1,000 reviews +
 * 1,000 briefings). One file per content folder in the build cache, holding the bodies the
 * last check that rendered anything used, so it does not grow with every edit. The file is stamped with the
 * renderer's own code and the installed packages: a change to either renders everything again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeStamp } from './code-stamp.ts';
import { rememberRenderedBodies, takeRenderedBodies, type RenderedBody } from '../lib/body/index.ts';

/** The build cache: Astro's cacheDir (astro.config.mjs), which CASCADE_CACHE_DIR moves. */
export const buildCacheDir = (): string => path.resolve(process.env.CASCADE_CACHE_DIR ?? 'node_modules/.astro');

interface Kept {
  stamp: string;
  bodies: [string, RenderedBody][];
}

/** The renderer draws on src/lib (the allow-list, the URL rule, the headings' slugs). */
const rendererStamp = () => codeStamp(['lib']);

const fileFor = (cacheDir: string, contentDir: string) =>
  path.join(cacheDir, `cascade-bodies-${createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12)}.json`);

/** Makes the bodies the last build of this content folder rendered available again; a missing, damaged or stale file is ignored. */
export async function restoreRenderedBodies(contentDir: string, cacheDir = buildCacheDir()): Promise<void> {
  try {
    const kept = JSON.parse(await readFile(fileFor(cacheDir, contentDir), 'utf8')) as Kept;
    if (kept.stamp === (await rendererStamp()) && Array.isArray(kept.bodies)) rememberRenderedBodies(kept.bodies);
  } catch {
    // Nothing kept yet, or a file cut short: the bodies are rendered as if for the first time.
  }
}

/**
 * Saves the bodies used since the last call, when any of them had to be rendered; written
 * whole under another name and then renamed, so a build that stops half-way leaves the old file.
 */
export async function keepRenderedBodies(contentDir: string, cacheDir = buildCacheDir()): Promise<void> {
  const { used, rendered } = takeRenderedBodies();
  if (rendered === 0) return;
  const file = fileFor(cacheDir, contentDir);
  const kept: Kept = { stamp: await rendererStamp(), bodies: [...used] };
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(kept));
  await rename(temporary, file);
}
