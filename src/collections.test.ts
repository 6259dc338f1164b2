import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, FEED_COLLECTIONS } from './collections.ts';
import { SEARCH_TYPE_LABELS } from './lib/search-meta.ts';
import { ENTRY_COLLECTIONS } from './schemas/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the collection registry', () => {
  test('names every content folder, and each has a schema and an entry page route', () => {
    const folders = readdirSync(path.join(ROOT, 'content'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...folders].sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(Object.keys(ENTRY_COLLECTIONS)).toEqual(COLLECTION_NAMES);
    for (const name of COLLECTION_NAMES) expect(existsSync(path.join(ROOT, 'src/pages', name, '[slug].astro')), name).toBe(true);
  });

  test('gives a feed route to exactly the collections with a feed title', () => {
    const withRoute = COLLECTION_NAMES.filter((name) => existsSync(path.join(ROOT, 'src/pages', name, 'feed.xml.ts')));
    expect(withRoute).toEqual(FEED_COLLECTIONS);
  });

  test('is where search results and the web editor get their words', () => {
    expect(SEARCH_TYPE_LABELS).toEqual({ reviews: 'Review', briefings: 'Briefing', courses: 'Course', priorities: 'Priority', themes: 'Theme', newsletters: 'Newsletter', pages: 'Page' });
    expect(Object.keys(SEARCH_TYPE_LABELS)).toEqual(['reviews', 'briefings', 'courses', 'priorities', 'themes', 'newsletters', 'pages']);
    expect(COLLECTIONS.briefings.many).toBe('Briefings');
  });
});
