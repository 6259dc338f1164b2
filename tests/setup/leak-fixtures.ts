// The leak-check fixtures: in each collection a draft and an embargoed entry whose slug and
// marker text are found nowhere else, so any trace of them in the built site is a leak.
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENTRY_COLLECTION_NAMES, type EntryCollection } from '../../src/schemas/index.ts';
import { BUILD_DATE, EXAMPLE_CONTENT, LEAK_FIXTURES, ROOT } from './paths.ts';

export interface LeakFixture {
  collection: EntryCollection;
  state: 'draft' | 'embargoed';
  slug: string;
  /** Written in the title, the body and (where the collection has them) key messages and recommendations; unique to this file. */
  marker: string;
}

export const LEAK_CHECKS: LeakFixture[] = ENTRY_COLLECTION_NAMES.flatMap((collection) =>
  (['draft', 'embargoed'] as const).map((state) => ({ collection, state, slug: `leak-check-${state}`, marker: `LEAK-CHECK-${state.toUpperCase()}-${collection}` })),
);

/** Any leak-check fixture's address or marker. */
export const LEAK_CHECK_TRACE = /leak-check-(draft|embargoed)|LEAK-CHECK/;

/** Writes the example content with the fixtures laid over it, for the example build. */
export function writeExampleContent(): void {
  rmSync(EXAMPLE_CONTENT, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), EXAMPLE_CONTENT, { recursive: true });
  cpSync(LEAK_FIXTURES, EXAMPLE_CONTENT, { recursive: true });
}

/** Every entry the example site was built from that is not public on the build date: the fixtures and the example's own. */
export function unpublishedEntries(): { collection: string; slug: string }[] {
  const entries = ENTRY_COLLECTION_NAMES.flatMap((collection) =>
    readdirSync(path.join(EXAMPLE_CONTENT, collection)).map((name) => {
      const data = parse(readFileSync(path.join(EXAMPLE_CONTENT, collection, name), 'utf8').split(/^---$/m)[1]!) as { draft?: boolean; published?: string | Date };
      const published = data.published instanceof Date ? data.published.toISOString().slice(0, 10) : data.published;
      return { collection, slug: name.replace(/\.mdx?$/, ''), unpublished: data.draft === true || (published ?? '') > BUILD_DATE };
    }),
  );
  return entries.filter((e) => e.unpublished).map(({ collection, slug }) => ({ collection, slug }));
}
