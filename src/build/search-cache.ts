/**
 * Keeps each part of the last search index beside its inputs' hash, so a build whose pages in
 * that part are byte for byte the same reuses it instead of running Pagefind again (Pagefind
 * cannot update an index, only write a new one). A part's inputs are the HTML of its pages
 * and the report texts joined to its reviews; the hash also covers Pagefind's version and
 * how many parts there are (the count decides which pages are in which part).
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

/** A page that can be indexed: its site path (`reviews/child-b-2022/`) and the hash of its HTML. */
export interface IndexablePage {
  sitePath: string;
  file: string;
  digest: string;
}

/**
 * Every page matching `pattern` in `siteDir`, sorted, each with the hash of its bytes.
 * @example await indexablePages('/tmp/site', '{briefings,themes}/*\/index.html')
 */
export async function indexablePages(siteDir: string, pattern: string): Promise<IndexablePage[]> {
  const files: string[] = [];
  for await (const file of glob(pattern, { cwd: siteDir })) files.push(file.split(path.sep).join('/'));
  files.sort();
  const pages: IndexablePage[] = [];
  for (const file of files) {
    const digest = createHash('sha256').update(await readFile(path.join(siteDir, file))).digest('hex');
    pages.push({ sitePath: file.replace(/index\.html$/, ''), file, digest });
  }
  return pages;
}

/** The hash of everything part `shard` of `count` is built from. */
export function shardInputsHash(pages: readonly IndexablePage[], reportTexts: ReadonlyMap<string, string>, shard: number, count: number): string {
  const hash = createHash('sha256').update(`${pagefindVersion()}\0${shard}/${count}`);
  for (const page of pages) {
    hash.update(`\0${page.file}\0${page.digest}`);
    const text = reportTexts.get(page.sitePath);
    if (text !== undefined) hash.update(`\0report\0${text}`);
  }
  return hash.digest('hex');
}

const root = (cacheDir: string) => path.join(cacheDir, 'cascade-search');
const folder = (cacheDir: string, shard: number) => path.join(root(cacheDir), `part-${shard}`);

/**
 * Puts every file of `from` into `to` as a hard link (a copy where the two are on different
 * disks): copying the bundle's thousands of small files took 1.4 s at 2,000 pages, linking
 * 0.03 s. Safe because nothing writes into an index's files once pagefind has written them:
 * every build writes a new part or links the saved one.
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

/** Links the saved part into `bundleDir` when it was built from inputs with this hash; true if it was. */
export async function restoreSearchShard(cacheDir: string, shard: number, hash: string, bundleDir: string): Promise<boolean> {
  const saved = await readFile(path.join(folder(cacheDir, shard), 'hash'), 'utf8').catch(() => undefined);
  if (saved !== hash) return false;
  await linkTree(path.join(folder(cacheDir, shard), 'bundle'), bundleDir);
  return true;
}

/** Saves the part just written, replacing the last one; the hash is written last, so a half-saved part is never reused. */
export async function saveSearchShard(cacheDir: string, shard: number, hash: string, bundleDir: string): Promise<void> {
  await rm(folder(cacheDir, shard), { recursive: true, force: true });
  await linkTree(bundleDir, path.join(folder(cacheDir, shard), 'bundle'));
  await writeFile(path.join(folder(cacheDir, shard), 'hash'), hash);
}

/** Removes saved parts an index of `count` parts no longer has (and the one-part layout older builds kept). */
export async function forgetOtherShards(cacheDir: string, count: number): Promise<void> {
  for (const name of await readdir(root(cacheDir)).catch(() => [] as string[])) {
    const shard = /^part-(\d+)$/.exec(name);
    if (!shard || Number(shard[1]) >= count) await rm(path.join(root(cacheDir), name), { recursive: true, force: true });
  }
}
