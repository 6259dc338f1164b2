// Reads a built pagefind index back, as the leak and search tests need: every index file is
// gzip whose content starts with a `pagefind_dcd` marker (a sign it is decompressed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './files.ts';

const MARKER = 'pagefind_dcd';

/** The decompressed bytes of one index file, without pagefind's marker. */
export function readIndexFile(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  return raw.subarray(0, MARKER.length).toString('latin1') === MARKER ? raw.subarray(MARKER.length) : raw;
}

/** Every compressed file of the index (fragments, word index, filters, metadata), decompressed. */
export function readIndex(bundleDir: string): { file: string; bytes: Buffer }[] {
  return listFiles(bundleDir)
    .filter((file) => /\.(pf_fragment|pf_index|pf_filter|pf_meta)$/.test(file))
    .map((file) => ({ file, bytes: readIndexFile(path.join(bundleDir, file)) }));
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** One record per indexed page: its URL, text, metadata and filters. */
export function readFragments(bundleDir: string): Fragment[] {
  return readIndex(bundleDir)
    .filter(({ file }) => file.endsWith('.pf_fragment'))
    .map(({ bytes }) => JSON.parse(bytes.toString('utf8')) as Fragment);
}
