import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTRY_COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { listFiles } from '../setup/files.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';

// Each collection of the example content holds a draft and an embargoed canary whose
// marker text must appear in no file of a production build.
const files = listFiles(EXAMPLE_OUT);
const contents = files.map((file) => ({ file, text: readFileSync(path.join(EXAMPLE_OUT, file)).toString('latin1') }));

describe('nothing unpublished appears in the built site', () => {
  test.each(ENTRY_COLLECTION_NAMES)('no draft or embargoed %s canary is in any output file', (collection) => {
    for (const marker of [`CANARY-DRAFT-${collection}`, `CANARY-EMBARGOED-${collection}`]) {
      const leaks = contents.filter((c) => c.text.includes(marker)).map((c) => c.file);
      expect(leaks, `${marker} leaked into these files`).toEqual([]);
    }
  });

  test('no page exists at an unpublished entry’s address', () => {
    const pages = files.filter((f) => /(draft|embargoed)-canary/.test(f));
    expect(pages).toEqual([]);
  });

  test('the public entries that reference unpublished ones were built', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const collection of ['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages']) {
      expect(files.some((f) => f.startsWith(`${collection}/`) && f.endsWith('index.html')), collection).toBe(true);
    }
  });
});
