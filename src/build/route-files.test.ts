import { describe, expect, it } from 'vitest';
import { slugClash } from '../lib/site-routes.ts';
import { reservedSlugs, routeFiles, siteFolders } from './route-files.ts';
import { STATIC_DIR } from './public-files.ts';

describe('the names the real routes in src/pages take', () => {
  it('are understood for every entry collection (a new route parameter fails here first)', () => {
    expect(routeFiles()).toContain('reviews/[...page].astro');
    expect(() => reservedSlugs()).not.toThrow();
  });

  it.each([
    ['reviews', '2'],
    ['reviews', 'kind'],
    ['reviews', 'theme'],
    ['reviews', 'agency'],
    ['reviews', 'year'],
    ['briefings', '3'],
    ['briefings', 'format'],
    ['briefings', 'audience'],
    ['briefings', 'sector'],
    ['briefings', 'text'],
  ])('a %s entry cannot be called %s', (collection, slug) => {
    expect(slugClash(slug, collection, reservedSlugs()[collection])).toBeDefined();
  });

  it('keeps documents out of the folders the site writes', () => {
    const folders = siteFolders(STATIC_DIR);
    for (const name of ['reviews', 'briefings', 'scripts', '_astro', 'pagefind', 'admin', 'cards', 'data']) expect(folders).toContain(name);
    expect(folders).not.toContain('reports');
  });
});
