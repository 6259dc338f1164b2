/**
 * Learning from other partnerships: before the pages are built, reads the open data of the
 * partnerships content/network.yaml names (src/build/neighbour-data.ts) and leaves
 * what the theme and priority pages show in one file in the build cache, which
 * src/site/neighbours.ts reads. The search page's CSP is told the neighbours' origins here
 * too, so the page, `_headers` and the output check allow the same sites and no others.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { neighbourOrigin } from '../lib/neighbours/index.ts';
import { resolveBuildDate } from '../lib/rules/publication.ts';
import type { Network } from '../schemas/network.ts';
import { readNeighbours, type NeighbourData } from '../build/neighbour-data.ts';
import { checkContent } from '../content/check-content.ts';

/** The cache folder's sub-folder for the neighbours' copies and the file the pages read. */
const FOLDER = 'cascade-neighbours';
const DATA_FILE = 'current.json';

/** What the pages are told at build time (see env.d.ts). */
export interface NeighbourSettings {
  /** The file holding NeighbourData; absent until a build has read the neighbours. */
  file: string;
  /** The neighbours' search indexes, for the search page. */
  partnerships: { name: string; url: string }[];
  /** Their origins, for the search page's CSP. */
  origins: string[];
}

/**
 * The origins the search page may read search indexes from: one per neighbour.
 * @example neighbourOrigins({ partnerships: [{ name: 'A', url: 'https://a.example/x/' }] }) // ['https://a.example']
 */
export const neighbourOrigins = (network: Network): string[] => [...new Set(network.partnerships.map((p) => neighbourOrigin(p.url)))];

/** content/network.yaml, validated (none when it is absent; the content check reports a broken one). */
export async function readNetwork(contentDir: string): Promise<Network> {
  return (await checkContent(contentDir)).content.network;
}

export function neighboursIntegration(options: { contentDir: string }): AstroIntegration {
  let folder = '';
  let network: Network = { partnerships: [] };
  return {
    name: 'cascade:neighbours',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        folder = path.join(fileURLToPath(config.cacheDir), FOLDER);
        network = await readNetwork(options.contentDir);
        const settings: NeighbourSettings = { file: path.join(folder, DATA_FILE), partnerships: network.partnerships, origins: neighbourOrigins(network) };
        updateConfig({ vite: { define: { __CASCADE_NEIGHBOURS__: JSON.stringify(settings) } } });
      },
      // Only a build reads the neighbours: the dev server shows what the last build read.
      'astro:build:start': async ({ logger }) => {
        const started = performance.now();
        const { data, warnings } = await readNeighbours(network.partnerships, folder, resolveBuildDate(process.env));
        for (const warning of warnings) logger.warn(`neighbour-unavailable: ${warning.message}`);
        await mkdir(folder, { recursive: true });
        await writeFile(path.join(folder, DATA_FILE), JSON.stringify(data satisfies NeighbourData));
        if (network.partnerships.length) logger.info(`Read ${data.entries.length} entries from ${network.partnerships.length - warnings.length} of ${network.partnerships.length} other partnerships in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
