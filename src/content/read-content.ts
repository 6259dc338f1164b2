/**
 * The file-system reader for validation and the CLI: reads `content/` into raw records.
 * Only build steps and scripts use it; pages read content through `src/site/`. It reads
 * regular files inside the content folder only: a link (to anywhere) is refused by name.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FILES, ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';
import { duplicateSlugs, judgeEntryFile } from './content-files.ts';
import { parseEntryFile, yamlProblems } from './entry-file.ts';
import type { Problem } from '../lib/errors.ts';
import type { RawContent, RawDataFile, RawEntry } from '../lib/checks/validation/index.ts';
import { readYaml } from './yaml-source.ts';

export { parseEntryFile } from './entry-file.ts';

/** The path an editor recognises: relative to the project, with forward slashes. */
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return (relative.startsWith('..') ? full : relative).split(path.sep).join('/');
}

const LINKED = 'is a link to another file. Cascade reads only files kept inside content/: replace the link with the file itself.';

async function listFolder(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/**
 * The entry files of one collection folder, and a problem for each file that is there but
 * cannot be an entry (another extension, a link, two files for one slug).
 * @example await listEntryFiles('content/reviews', []) // [{ name: 'child-b-2022.mdx', slug: 'child-b-2022' }, …]
 */
export async function listEntryFiles(dir: string, problems: Problem[]): Promise<{ name: string; slug: string }[]> {
  const found: { name: string; slug: string }[] = [];
  for (const item of await listFolder(dir)) {
    const verdict = judgeEntryFile(item.name);
    if (verdict.kind === 'ignore' || item.isDirectory()) continue;
    const file = displayPath(path.join(dir, item.name));
    if (verdict.kind === 'refuse') problems.push({ code: 'file-not-an-entry', file, field: '', message: verdict.message, severity: 'error' });
    else if (!item.isFile()) problems.push({ code: 'file-linked', file, field: '', message: LINKED, severity: 'error' });
    else found.push({ name: item.name, slug: verdict.slug });
  }
  const duplicates = duplicateSlugs(found.map((f) => [f.slug, f.name] as const));
  for (const [slug, names] of duplicates) {
    const files = names.map((name) => displayPath(path.join(dir, name)));
    problems.push({ code: 'file-duplicate-slug', file: files[0]!, field: '', message: `and ${files.slice(1).join(' and ')} are both the entry "${slug}". Keep one of them (delete or rename the other).`, severity: 'error' });
  }
  // Of two files for one slug only the .mdx one is read, so its problems are not reported twice.
  const doubled = new Set(duplicates.map(([slug]) => slug));
  return found.filter((f) => !doubled.has(f.slug) || f.name.endsWith('.mdx'));
}

async function readDataFile(name: keyof typeof DATA_FILES, contentDir: string, problems: Problem[]): Promise<RawDataFile> {
  const full = path.join(contentDir, DATA_FILES[name].file);
  const file = displayPath(full);
  const info = await lstat(full).catch(() => undefined);
  if (!info) return { name, file, data: undefined };
  if (!info.isFile()) {
    problems.push({ code: 'file-linked', file, field: '', message: LINKED, severity: 'error' });
    return { name, file, data: undefined, unreadable: true };
  }
  const yaml = readYaml(await readFile(full, 'utf8'));
  problems.push(...yamlProblems(file, yaml));
  return { name, file, data: yaml.data, unreadable: !yaml.ok, lineOf: yaml.lineOf };
}

/**
 * Reads every collection and data file in a content folder.
 * @example const raw = await readContent('content');
 */
export async function readContent(contentDir: string): Promise<RawContent> {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  for (const collection of ENTRY_COLLECTION_NAMES) {
    const dir = path.join(contentDir, collection);
    for (const { name, slug } of await listEntryFiles(dir, problems)) {
      const file = displayPath(path.join(dir, name));
      const parsed = parseEntryFile(await readFile(path.join(dir, name), 'utf8'), file, problems);
      entries.push({ collection, slug, file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, draft: parsed.draft, unreadable: !parsed.ok, lineOf: parsed.lineOf });
    }
  }
  const dataFiles: RawDataFile[] = [];
  for (const name of Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]) dataFiles.push(await readDataFile(name, contentDir, problems));
  return { entries, dataFiles, problems };
}

/**
 * A cheap signature of a content folder (every file's name, size and modified time), so a
 * build step can tell that the folder it read a moment ago has not changed since.
 * @example await contentSignature('content') // 'reviews/child-b.mdx 5120 1732…\n…'
 */
export async function contentSignature(contentDir: string): Promise<string> {
  const files = [
    ...(await Promise.all(ENTRY_COLLECTION_NAMES.map(async (c) => (await listFolder(path.join(contentDir, c))).map((item) => path.join(c, item.name))))).flat(),
    ...Object.values(DATA_FILES).map((spec) => spec.file),
  ];
  const stats = await Promise.all(files.map((file) => lstat(path.join(contentDir, file)).catch(() => undefined)));
  return files.map((file, i) => `${file} ${stats[i]?.size ?? '-'} ${stats[i]?.mtimeMs ?? '-'}`).join('\n');
}
