/**
 * Wraps Astro's prerenderer, the one place that sees every path before it is rendered:
 * - reports "pages rendered n of N" (every file Astro writes: pages, feeds, cards, data), N
 *   being every path and n those the incremental build could not reuse;
 * - gives every path without a cacheKey of its own (listings, facets, impact, feeds) the
 *   site's key, so an unchanged site re-renders nothing. That key covers what such a page can
 *   show: every entry's fields (not its body, which only the entry's own page shows; but a
 *   newsletter's, which its issue pages show), the data files, the facts of the documents
 *   and media entries link to, the build date and the CASCADE_ settings. An edited body leaves it alone; any other edit re-renders those pages.
 */
import type { AstroIntegration } from 'astro';
import { pageCacheKey } from '../lib/cache-key.ts';
import { reuseNote } from '../lib/progress.ts';
import { startPhase, type Phase } from '../build/progress.ts';
import { checkContent } from '../content/check-content.ts';

/**
 * Settings that change how a build reports or runs, not what it writes, and folders whose
 * contents the key already covers (the content) or that only hold caches: written as a
 * relative or an absolute path, the same folder must not look like a change.
 */
const UNSHOWN_SETTINGS = new Set(['CASCADE_TIMINGS', 'CASCADE_PROGRESS_EVERY', 'CASCADE_VALIDATED', 'CASCADE_LOG_LEVEL', 'CASCADE_DEBUG', 'CASCADE_CONTENT', 'CASCADE_CACHE_DIR', 'CASCADE_CARD_CACHE']);

/** The key of every page without its own: changes when anything but an entry's body changes. */
export async function siteCacheKey(contentDir: string): Promise<string> {
  const { content, buildDate, inputsKey } = await checkContent(contentDir);
  const entries = Object.entries(content.public).map(([collection, list]) => list.map((e) => [collection, e.slug, e.data, collection === 'newsletters' ? e.body : null]));
  const settings = Object.entries(process.env).filter(([name]) => name.startsWith('CASCADE_') && !UNSHOWN_SETTINGS.has(name)).sort();
  return pageCacheKey(buildDate, inputsKey, content.partnership, content.themes, content.agencies, content.sectors, entries, settings);
}

export function prerenderIntegration(options: { contentDir: string }): AstroIntegration {
  let phase: Phase | undefined;
  return {
    name: 'cascade:prerender',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          ...astro,
          name: 'cascade:prerender',
          setup: async () => await astro.setup?.(),
          teardown: async () => await astro.teardown?.(),
          async getStaticPaths() {
            const [paths, key] = await Promise.all([astro.getStaticPaths(), siteCacheKey(options.contentDir)]);
            phase = startPhase('pages rendered', { total: paths.length });
            return paths.map((path) => (path.cacheKey === undefined ? { ...path, cacheKey: key } : path));
          },
          async render(request, renderOptions) {
            const response = await astro.render(request, renderOptions);
            phase?.tick(decodeURI(new URL(request.url).pathname));
            return response;
          },
        }));
      },
      'astro:build:generated': () => {
        if (!phase) return;
        phase.end({ note: reuseNote(phase.done, phase.total ?? phase.done, 'reused', phase.names) });
        phase = undefined;
      },
    },
  };
}
