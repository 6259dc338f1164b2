/**
 * The file-system reader for validation and the CLI: reads `content/` into raw records.
 * Only build steps and scripts use it; pages read content through `src/site/`.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DATA_FILES, ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';
import type { Problem } from '../lib/errors.ts';
import type { RawContent, RawDataFile, RawEntry } from '../lib/validation/index.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function parseYaml(text: string, file: string, lineOffset: number, problems: Problem[]): { ok: boolean; data: unknown } {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
      problems.push({ file, field: '', message: `is not valid YAML near line ${line}: ${reason}. Check the indentation, that each field is written \`name: value\`, and that text containing a colon is in quotes.`, severity: 'error' });
    }
    return { ok: false, data: undefined };
  }
  return { ok: true, data: doc.toJS() ?? {} };
}

// `draft: true` as written, found even when the rest of the frontmatter cannot be read, so a
// half-written draft is still known to be one.
const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(?:#.*)?$/m;

export interface EntryFile {
  ok: boolean;
  data: unknown;
  body: string;
  /** The line of the file on which the body starts, so body problems name the file's line. */
  bodyLine: number;
  /** The entry says `draft: true`. */
  draft: boolean;
}

/** Splits an MDX file into its frontmatter data and body. A byte-order mark (Notepad) is ignored. */
export function parseEntryFile(text: string, file: string, problems: Problem[]): EntryFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({ file, field: '', message: 'has no frontmatter. Start the file with a line `---`, the fields, then another `---` line.', severity: 'error' });
    return { ok: false, data: undefined, body: source, bodyLine: 1, draft: false };
  }
  const { ok, data } = parseYaml(match[1]!, file, 1, problems);
  const draft = ok ? (data as { draft?: unknown } | null)?.draft === true : DRAFT_LINE.test(match[1]!);
  return { ok, data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1), draft };
}

async function listMdx(dir: string): Promise<string[]> {
  try {
    // Plain files only: a symbolic link could make the build read any file on the computer
    // (src/integrations/public-files.ts reports it by name).
    const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile());
    return files.map((entry) => entry.name).filter((name) => name.endsWith('.mdx') || name.endsWith('.md')).sort();
  } catch {
    return [];
  }
}

/** The path an editor recognises: relative to the project, with forward slashes. */
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return (relative.startsWith('..') ? full : relative).split(path.sep).join('/');
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
    for (const name of await listMdx(dir)) {
      const file = displayPath(path.join(dir, name));
      const parsed = parseEntryFile(await readFile(path.join(dir, name), 'utf8'), file, problems);
      entries.push({ collection, slug: name.replace(/\.mdx?$/, ''), file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, draft: parsed.draft, unreadable: !parsed.ok });
    }
  }
  const dataFiles: RawDataFile[] = [];
  for (const [name, spec] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, (typeof DATA_FILES)[keyof typeof DATA_FILES]][]) {
    const full = path.join(contentDir, spec.file);
    const file = displayPath(full);
    let text: string | undefined;
    try {
      // A symbolic link is never followed (it is reported by name); the file counts as missing.
      text = (await lstat(full)).isFile() ? await readFile(full, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    if (text === undefined) dataFiles.push({ name, file, data: undefined });
    else {
      const parsed = parseYaml(text, file, 0, problems);
      dataFiles.push({ name, file, data: parsed.data, unreadable: !parsed.ok });
    }
  }
  return { entries, dataFiles, problems };
}

/**
 * A cheap signature of a content folder (every file's name, size and modified time), so a
 * build step can tell that the folder it read a moment ago has not changed since.
 * @example await contentSignature('content') // 'reviews/child-b.mdx 5120 1732…\n…'
 */
export async function contentSignature(contentDir: string): Promise<string> {
  const files = [
    ...(await Promise.all(ENTRY_COLLECTION_NAMES.map(async (c) => (await listMdx(path.join(contentDir, c))).map((name) => path.join(c, name))))).flat(),
    ...Object.values(DATA_FILES).map((spec) => spec.file),
  ];
  const stats = await Promise.all(files.map((file) => stat(path.join(contentDir, file)).catch(() => undefined)));
  return files.map((file, i) => `${file} ${stats[i]?.size ?? '-'} ${stats[i]?.mtimeMs ?? '-'}`).join('\n');
}
