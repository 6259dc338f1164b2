import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { LEAK_CHECKS, unpublishedEntries } from '../setup/leak-fixtures.ts';
import { EXAMPLE_CONTENT, EXAMPLE_OUT } from '../setup/paths.ts';

// The example site is built with a draft and an embargoed leak-check fixture in each
// collection (tests/fixtures/unpublished/); their marker text must appear in no output file.
const files = listFiles(EXAMPLE_OUT);
const contents = files.map((file) => ({ file, text: readFileSync(path.join(EXAMPLE_OUT, file)).toString('latin1') }));

describe('nothing unpublished appears in the built site', () => {
  test('the site was built from content holding every leak-check fixture, so the checks below can fail', () => {
    for (const { collection, slug, marker } of LEAK_CHECKS) {
      expect(readFileSync(path.join(EXAMPLE_CONTENT, collection, `${slug}.mdx`), 'utf8'), marker).toContain(marker);
    }
  });

  test.each(LEAK_CHECKS)('the $state $collection fixture’s text ($marker) is in no output file', ({ marker }) => {
    const leaks = contents.filter((c) => c.text.includes(marker)).map((c) => c.file);
    expect(leaks, `${marker} leaked into these files`).toEqual([]);
  });

  test('no page exists at an unpublished entry’s address: the fixtures’ and the example’s own drafts and embargoed entries', () => {
    const unpublished = unpublishedEntries();
    // The fixtures, and at least one draft and one embargoed entry of the example content itself.
    expect(unpublished.length).toBeGreaterThan(LEAK_CHECKS.length + 2);
    // A page, card, calendar, email or text version: any file or folder named after the entry.
    const named = (file: string, slug: string) => file.split('/').some((part) => part === slug || part.startsWith(`${slug}.`));
    const pages = unpublished.filter(({ slug }) => files.some((f) => named(f, slug)));
    expect(pages).toEqual([]);
  });

  test('the public entries that reference unpublished ones were built', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const collection of ['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages']) {
      expect(files.some((f) => f.startsWith(`${collection}/`) && f.endsWith('index.html')), collection).toBe(true);
    }
    expect(files).toContain('briefings/information-sharing-practice-guidance/index.html');
    expect(files).toContain('courses/online-safeguarding/index.html');
  });
});
