/**
 * A build with nothing to do does nothing. The output is a function of the content, the
 * documents, the project's code and packages, the CASCADE_* settings and the build date; when
 * none of these has changed since the last build of the same folder, and that folder is still
 * the one the build left, building again would write the same site. Astro's own reuse of
 * unchanged pages still costs its start-up, a look at every page and the checks (a quarter of
 * a cold build at 1,000 reviews + 1,000 briefings); this costs a read of the inputs.
 *
 * Not taken when neighbours are configured: what they publish can change at any time and is
 * read afresh by every build. `npm run build -- --force` builds anyway.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DATA_FILES } from '../schemas/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The project's own files that shape every page: its code, configuration and locked packages. */
const CODE = ['src', 'scripts/build.ts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Settings that change only what a build prints or records about itself, never the site. */
const UNSHOWN = new Set(['CASCADE_TIMINGS', 'CASCADE_PROGRESS', 'CASCADE_PROGRESS_EVERY', 'CASCADE_LOG_LEVEL', 'CASCADE_DEBUG', 'CASCADE_VALIDATED']);

export interface BuildInputs {
  contentDir: string;
  /** Folders whose files are published by name (documents, static files): judged by size and modified time, not read. */
  fileDirs: string[];
  outDir: string;
  buildDate: string;
  env: Record<string, string | undefined>;
}

/** Every file under `dir` (not following links), sorted, with what it is. */
async function walk(dir: string): Promise<{ file: string; kind: 'file' | 'link' | 'other' }[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((e) => !e.isDirectory())
    .map((e) => ({ file: path.join(e.parentPath, e.name), kind: e.isFile() ? ('file' as const) : e.isSymbolicLink() ? ('link' as const) : ('other' as const) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Adds every file's name and bytes under `target` (a folder or one file). */
async function hashContents(hash: ReturnType<typeof createHash>, target: string): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  const files = !info ? [] : info.isDirectory() ? await walk(target) : [{ file: target, kind: info.isFile() ? ('file' as const) : ('other' as const) }];
  hash.update(`\0dir ${target} ${files.length}`);
  for (const { file, kind } of files) {
    hash.update(`\0${path.relative(target, file)}\0${kind}\0`);
    if (kind === 'file') hash.update(await readFile(file));
  }
}

/** Adds every file's name, size and modified time under `dir`: documents can be large, and are replaced, not edited in place. */
async function hashFacts(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const files = await walk(dir);
  hash.update(`\0facts ${dir} ${files.length}`);
  for (const { file, kind } of files) {
    const info = await lstat(file);
    hash.update(`\0${path.relative(dir, file)}\0${kind} ${info.size} ${info.mtimeMs}`);
  }
}

/**
 * A hash of everything a build reads.
 * @example await buildFingerprint({ contentDir: 'content', fileDirs: ['public', 'static'], outDir: 'dist', buildDate: '2026-12-02', env: process.env })
 */
export async function buildFingerprint(inputs: BuildInputs): Promise<string> {
  const hash = createHash('sha256');
  const settings = Object.entries(inputs.env)
    .filter(([name]) => name.startsWith('CASCADE_') && !UNSHOWN.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify({ node: process.version, buildDate: inputs.buildDate, out: path.resolve(inputs.outDir), settings }));
  await hashContents(hash, path.resolve(inputs.contentDir));
  for (const item of CODE) await hashContents(hash, path.join(ROOT, item));
  for (const dir of inputs.fileDirs) await hashFacts(hash, path.resolve(dir));
  return hash.digest('hex');
}

/** True when content/network.yaml names any partnership, or cannot be read to tell. */
export async function readsNeighbours(contentDir: string): Promise<boolean> {
  const text = await readFile(path.join(contentDir, DATA_FILES.network.file), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : undefined));
  if (text === undefined) return true;
  try {
    const network = parse(text) as { partnerships?: unknown } | null;
    return Array.isArray(network?.partnerships) && network.partnerships.length > 0;
  } catch {
    return true;
  }
}

/** The output folder as the last build left it: the folder itself (a swap makes a new one) and its front page. */
async function outputIdentity(outDir: string): Promise<string | undefined> {
  try {
    const [folder, front] = await Promise.all([stat(outDir), stat(path.join(outDir, 'index.html'))]);
    const names = (await readdir(outDir)).sort();
    return JSON.stringify([folder.ino, folder.mtimeMs, front.ino, front.size, front.mtimeMs, names]);
  } catch {
    return undefined;
  }
}

interface LastBuild {
  fingerprint: string;
  output: string;
  /** The content check's warnings then, which a build that does nothing does not print again. */
  warnings: number;
}

const recordFile = (cacheDir: string, outDir: string) =>
  path.join(cacheDir, `cascade-last-build-${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12)}.json`);

/**
 * What the last build of `outDir` left, when its inputs had this fingerprint and the folder is
 * still the one it wrote; otherwise undefined.
 */
export async function unchangedSinceLastBuild(cacheDir: string, outDir: string, fingerprint: string, debug: (line: string) => void = () => {}): Promise<LastBuild | undefined> {
  let last: LastBuild;
  try {
    last = JSON.parse(await readFile(recordFile(cacheDir, outDir), 'utf8')) as LastBuild;
  } catch {
    debug(`No record of an earlier build of ${outDir}/ in ${cacheDir}.`);
    return undefined;
  }
  if (last.fingerprint !== fingerprint) {
    debug('The content, documents, code, settings or build date changed since the last build.');
    return undefined;
  }
  if (last.output !== (await outputIdentity(outDir))) {
    debug(`${outDir}/ is not the folder the last build left.`);
    return undefined;
  }
  return last;
}

/** Records a finished build: the fingerprint of the inputs it started from and the folder it left. */
export async function rememberBuild(cacheDir: string, outDir: string, fingerprint: string, warnings: number): Promise<void> {
  const output = await outputIdentity(outDir);
  if (!output) return;
  const file = recordFile(cacheDir, outDir);
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ fingerprint, output, warnings } satisfies LastBuild));
  await rename(temporary, file);
}
