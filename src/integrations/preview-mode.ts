/**
 * Tells the site whether it is the dev server's preview. Only `astro dev` may show drafts and
 * embargoed entries; Vite's DEV flag is not enough, because a production build started with
 * NODE_ENV=test (as test runners do) would report DEV and leak unpublished entries.
 * The dev server also gets /preview/, the list of everything unpublished; it is injected
 * here rather than living in src/pages so that no production build can ever contain it.
 */
import type { AstroIntegration } from 'astro';

// The content loader runs in Astro's module graph, apart from this module, so the answer is
// kept on the process. Unset means a production build: unpublished entries are left out.
const PREVIEW = Symbol.for('cascade.preview');

/** True only inside `astro dev`: the content loader keeps drafts and embargoed entries for the preview. */
export function isPreview(): boolean {
  return (globalThis as Record<symbol, unknown>)[PREVIEW] === true;
}

export function previewModeIntegration(): AstroIntegration {
  return {
    name: 'cascade:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectRoute }) => {
        (globalThis as Record<symbol, unknown>)[PREVIEW] = command === 'dev';
        updateConfig({ vite: { define: { __CASCADE_PREVIEW__: JSON.stringify(command === 'dev') } } });
        if (command === 'dev') injectRoute({ pattern: '/preview', entrypoint: new URL('../preview/index.astro', import.meta.url) });
      },
    },
  };
}
