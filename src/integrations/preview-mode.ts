/**
 * Tells the site whether it is the dev server's preview. Only `astro dev` may show drafts and
 * embargoed entries; Vite's DEV flag is not enough, because a production build started with
 * NODE_ENV=test (as test runners do) would report DEV and leak unpublished entries.
 */
import type { AstroIntegration } from 'astro';

export function previewModeIntegration(): AstroIntegration {
  return {
    name: 'cascade:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __CASCADE_PREVIEW__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
