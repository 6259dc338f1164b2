/**
 * Keeps the last search index beside its inputs' hash, so a build whose indexed pages are
 * byte for byte the same reuses it instead of running Pagefind again (Pagefind cannot update
 * an index, only write a new one). The inputs are the HTML of every page that can be indexed
 * and the report texts joined to reviews; the hash also covers Pagefind's version.
 */
import { createHash } from 'node:crypto';
import { copyFile, glob, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const pagefindVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

/**
 * The hash of everything the index is built from.
 * @example await searchInputsHash('/tmp/site', '{briefings,themes}/*\/index.html', new Map())
 */
export async function searchInputsHash(siteDir: string, pattern: string, reportTexts: ReadonlyMap<string, string>): Promise<string> {
  const hash = createHash('sha256').update(pagefindVersion());
  const files: string[] = [];
  for await (const file of glob(pattern, { cwd: siteDir })) files.push(file.split(path.sep).join('/'));
  for (const file of files.sort()) hash.update(`\0${file}\0`).update(await readFile(path.join(siteDir, file)));
  for (const [key, text] of [...reportTexts].sort(([a], [b]) => a.localeCompare(b))) hash.update(`\0${key}\0${text}`);
  return hash.digest('hex');
}

const folder = (cacheDir: string) => path.join(cacheDir, 'cascade-search');

/**
 * Puts every file of `from` into `to` as a hard link (a copy where the two are on different
 * disks): copying the bundle's thousands of small files took 1.4 s at 2,000 pages, linking
 * 0.03 s. Safe because nothing writes into an index's files once pagefind has written them:
 * every build writes a new index or links the saved one.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  for (const dir of entries.filter((e) => e.isDirectory())) await mkdir(path.join(to, path.relative(from, path.join(dir.parentPath, dir.name))), { recursive: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const source = path.join(e.parentPath, e.name);
        const target = path.join(to, path.relative(from, source));
        await link(source, target).catch(() => copyFile(source, target));
      }),
  );
}

/** Copies the saved index into `bundleDir` when it was built from inputs with this hash; true if it was. */
export async function restoreSearchIndex(cacheDir: string, hash: string, bundleDir: string): Promise<boolean> {
  const saved = await readFile(path.join(folder(cacheDir), 'hash'), 'utf8').catch(() => undefined);
  if (saved !== hash) return false;
  await linkTree(path.join(folder(cacheDir), 'bundle'), bundleDir);
  return true;
}

/** Saves the index just written, replacing the last one; the hash is written last, so a half-saved index is never reused. */
export async function saveSearchIndex(cacheDir: string, hash: string, bundleDir: string): Promise<void> {
  await rm(folder(cacheDir), { recursive: true, force: true });
  await linkTree(bundleDir, path.join(folder(cacheDir), 'bundle'));
  await writeFile(path.join(folder(cacheDir), 'hash'), hash);
}
