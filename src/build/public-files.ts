/**
 * The two folders whose files can reach the site as they are: public/ (documents editors
 * upload, published only when a public entry links them) and static/ (the site's own files,
 * such as the Exit this page script, always published). Neither may hold a symbolic link or
 * any other file that is not a plain file: a link to ../../.git/config would otherwise be
 * copied into the site with whatever it points at. The scan reads folder listings only and
 * never follows a link, so nothing outside the two folders is looked at. (content/ has the
 * same rule, applied where it is read: src/content/read-content.ts.)
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../lib/errors.ts';
import { PUBLIC_DIR } from './documents.ts';

/** The site's own files served as they are (Astro's publicDir). */
export const STATIC_DIR = path.resolve(process.env.CASCADE_STATIC ?? 'static');

export interface IrregularFile {
  /** Path from the project root with forward slashes, e.g. `public/reports/config`. */
  file: string;
  kind: 'a symbolic link' | 'a named pipe' | 'a socket' | 'a device' | 'not a plain file';
}

function kindOf(entry: Dirent): IrregularFile['kind'] | undefined {
  if (entry.isFile() || entry.isDirectory()) return undefined;
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isFIFO()) return 'a named pipe';
  if (entry.isSocket()) return 'a socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a plain file';
}

/** The path an editor recognises: relative to the project, with forward slashes. */
function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full);
  return (relative.startsWith('..') ? full : relative).split(path.sep).join('/');
}

/**
 * Every entry under `dir` that is not a plain file or folder, without following any link.
 * A missing folder has none.
 * @example await findIrregularFiles('public') // [{ file: 'public/reports/config', kind: 'a symbolic link' }]
 */
export async function findIrregularFiles(dir: string): Promise<IrregularFile[]> {
  const found: IrregularFile[] = [];
  const walk = async (here: string): Promise<void> => {
    const entries = await readdir(here, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(here, entry.name);
      const kind = kindOf(entry);
      if (kind) found.push({ file: displayPath(full), kind });
      else if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(dir);
  return found;
}

/**
 * A problem for every symbolic link or other non-plain file under public/ and static/.
 * @example await irregularFileProblems() // [{ file: 'public/reports/config', field: '', message: 'is a symbolic link…', severity: 'error' }]
 */
export async function irregularFileProblems(dirs: readonly string[] = [PUBLIC_DIR, STATIC_DIR]): Promise<Problem[]> {
  const found = await Promise.all(dirs.map(async (dir) => ({ folder: displayPath(dir), files: await findIrregularFiles(dir) })));
  return found.flatMap(({ folder, files }) =>
    files.map(({ file, kind }) => ({
      code: 'file-not-plain' as const,
      file,
      field: '',
      message: `is ${kind}, not a plain file. Cascade reads and publishes only plain files from ${folder}/ and never follows a link, which could point at anything on the computer. Put the file itself there (copy it, do not link it), or delete ${file}.`,
      severity: 'error' as const,
    })),
  );
}
