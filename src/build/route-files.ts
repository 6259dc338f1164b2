/**
 * Reads the route files in src/pages once per process, for the names entries and documents
 * must not take (src/lib/site-routes.ts says which).
 */
import type { Dirent } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LISTING_FACETS } from '../lib/facets.ts';
import { reservedNames, topLevelNames, type ReservedNames } from '../lib/site-routes.ts';
import { ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';
import { SEARCH_BUNDLE_DIR } from '../integrations/search-index.ts';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

/** Folders the build writes at the site's root besides the routes: Astro's bundles, the search index, the editor. */
const BUILD_FOLDERS = ['_astro', SEARCH_BUNDLE_DIR, 'admin'];

/**
 * Every route file under src/pages, relative to it, with forward slashes.
 * @example routeFiles() // ['404.astro', 'agencies/[id].astro', …]
 */
export function routeFiles(dir = PAGES_DIR): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

let reserved: Record<string, ReservedNames> | undefined;

/** The names each entry collection's routes use, from src/pages. */
export function reservedSlugs(): Record<string, ReservedNames> {
  return (reserved ??= reservedNames(routeFiles(), ENTRY_COLLECTION_NAMES, { facets: LISTING_FACETS }));
}

/** The first path segments the site uses itself: a document's folder must not be one of them. */
export function siteFolders(staticDir: string): Set<string> {
  let staticNames: string[];
  try {
    staticNames = readdirSync(staticDir);
  } catch {
    staticNames = []; // no static folder: the site serves none of its own files as they are
  }
  return topLevelNames(routeFiles(), staticNames, BUILD_FOLDERS);
}
