/**
 * A hash of some of the project's own code and its locked packages, for caches whose entries
 * are only good for the code that made them (rendered bodies, scanned pages): a change to
 * either makes every entry stale.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
const memo = new Map<string, Promise<string>>();

/**
 * The stamp of the TypeScript files (tests left out) under the given folders of src/.
 * @example await codeStamp(['lib']) // 'a41f…'
 */
export function codeStamp(folders: readonly string[]): Promise<string> {
  const key = folders.join('\0');
  let stamp = memo.get(key);
  if (!stamp) {
    stamp = (async () => {
      const hash = createHash('sha256');
      for (const folder of folders) {
        const found = await readdir(path.join(SRC, folder), { recursive: true, withFileTypes: true });
        const files = found.filter((f) => f.isFile() && f.name.endsWith('.ts') && !f.name.endsWith('.test.ts')).map((f) => path.join(f.parentPath, f.name)).sort();
        for (const file of files) hash.update(`\0${path.relative(SRC, file)}\0`).update(await readFile(file));
      }
      hash.update(await readFile(LOCKFILE).catch(() => 'no lockfile'));
      return hash.digest('hex');
    })();
    memo.set(key, stamp);
  }
  return stamp;
}
