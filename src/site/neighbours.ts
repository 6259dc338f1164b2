/**
 * The neighbour partnerships' entries, as the build read them (src/integrations/neighbours.ts),
 * loaded once per build. Empty when the site has no neighbours or none could be read.
 */
import { readFileSync } from 'node:fs';
import { entriesOnThemes, nationalKeys, type NeighbourEntry } from '../lib/neighbours/index.ts';
import type { Theme } from '../schemas/index.ts';

let cached: NeighbourEntry[] | undefined;

function load(): NeighbourEntry[] {
  const settings = __CASCADE_NEIGHBOURS__;
  if (settings.partnerships.length === 0) return [];
  try {
    const data = JSON.parse(readFileSync(settings.file, 'utf8')) as { entries: NeighbourEntry[] };
    // Only partnerships still in network.yaml: one taken out leaves no trace.
    const names = new Set(settings.partnerships.map((p) => p.name));
    return data.entries.filter((e) => names.has(e.partnership));
  } catch {
    return []; // the dev server before any build: nothing read yet
  }
}

/**
 * The neighbours' entries on any of `themes` (through the national vocabularies), newest first.
 * @example neighboursOn([site.theme('neglect')!]).count
 */
export function neighboursOn(themes: readonly (Theme | undefined)[]): { shown: NeighbourEntry[]; count: number } {
  cached ??= load();
  const keys = themes.flatMap((t) => (t ? nationalKeys(t) : []));
  return entriesOnThemes(cached, keys);
}

/** The neighbours whose search indexes the search page offers. */
export const searchNeighbours = (): { name: string; url: string }[] => __CASCADE_NEIGHBOURS__.partnerships;
