/**
 * Keeps each part of the last search index beside its inputs' hash, so a build in which
 * nothing pagefind reads of that part's pages changed reuses it instead of running Pagefind
 * again (Pagefind cannot update an index, only write a new one). A part's inputs are what
 * pagefind reads of its pages (src/build/indexed-signature.ts) and the report texts joined to
 * its reviews; the hash also covers Pagefind's version and how many parts there are (the
 * count decides which pages are in which part).
 */
import { createHash } from 'node:crypto';
import { copyFile, glob, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { indexedSignature } from './indexed-signature.ts';

const pagefindVersion = (): string => {
  try {
    return (createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

/** A page that can be indexed: its site path (`reviews/child-b-2022/`) and the hash of what pagefind reads of it. */
export interface IndexablePage {
  sitePath: string;
  file: string;
  /** The hash of its bytes. */
  digest: string;
  /** indexedSignature of its HTML. */
  signature: string;
}

/** Changes when indexedSignature reads pages differently, so signatures kept by older code are not trusted. */
const SIGNATURE_VERSION = 2;
const signaturesFile = (cacheDir: string) => path.join(root(cacheDir), 'signatures.json');

/**
 * Every page matching `pattern` in `siteDir`, sorted, each with the hash of its bytes and of
 * what pagefind reads of it. Working that out parses the page, so it is kept in `cacheDir` by
 * the page's bytes and only pages that changed are parsed again.
 * @example await indexablePages('/tmp/site', '{briefings,themes}/*\/index.html', 'node_modules/.astro')
 */
export async function indexablePages(siteDir: string, pattern: string, cacheDir: string): Promise<IndexablePage[]> {
  const files: string[] = [];
  for await (const file of glob(pattern, { cwd: siteDir })) files.push(file.split(path.sep).join('/'));
  files.sort();
  const saved = JSON.parse(await readFile(signaturesFile(cacheDir), 'utf8').catch(() => '{}')) as { version?: number; pages?: Record<string, [string, string]> };
  const known = saved.version === SIGNATURE_VERSION ? (saved.pages ?? {}) : {};
  const pages: IndexablePage[] = [];
  for (const file of files) {
    const bytes = await readFile(path.join(siteDir, file));
    const digest = createHash('sha256').update(bytes).digest('hex');
    const [knownDigest, knownSignature] = known[file] ?? [];
    const signature = knownDigest === digest && knownSignature ? knownSignature : indexedSignature(bytes.toString('utf8'));
    pages.push({ sitePath: file.replace(/index\.html$/, ''), file, digest, signature });
  }
  await mkdir(root(cacheDir), { recursive: true });
  await writeFile(signaturesFile(cacheDir), JSON.stringify({ version: SIGNATURE_VERSION, pages: Object.fromEntries(pages.map((p) => [p.file, [p.digest, p.signature]])) }));
  return pages;
}

/** The hash of everything part `shard` of `count` is built from. */
export function shardInputsHash(pages: readonly IndexablePage[], reportTexts: ReadonlyMap<string, string>, shard: number, count: number): string {
  const hash = createHash('sha256').update(`${pagefindVersion()}\0${shard}/${count}`);
  for (const page of pages) {
    hash.update(`\0${page.file}\0${page.signature}`);
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

/**
 * An empty folder in the cache for part `shard`'s new index, in place of the saved one; the
 * part is reused only once finishSearchShard has written its hash, so a half-written part never is.
 */
export async function startSearchShard(cacheDir: string, shard: number): Promise<string> {
  await rm(folder(cacheDir, shard), { recursive: true, force: true });
  const bundle = path.join(folder(cacheDir, shard), 'bundle');
  await mkdir(bundle, { recursive: true });
  return bundle;
}

/** Marks the part written into startSearchShard's folder as built from inputs with this hash. */
export async function finishSearchShard(cacheDir: string, shard: number, hash: string): Promise<void> {
  await writeFile(path.join(folder(cacheDir, shard), 'hash'), hash);
}

/** Removes saved parts an index of `count` parts no longer has (and the one-part layout older builds kept). */
export async function forgetOtherShards(cacheDir: string, count: number): Promise<void> {
  for (const name of await readdir(root(cacheDir)).catch(() => [] as string[])) {
    const shard = /^part-(\d+)$/.exec(name);
    if (name === path.basename(signaturesFile(cacheDir))) continue;
    if (!shard || Number(shard[1]) >= count) await rm(path.join(root(cacheDir), name), { recursive: true, force: true });
  }
}
