/**
 * The web editor at /admin/: Decap CMS served from our own origin (its prebuilt bundle is
 * copied from node_modules, no CDN) with a config.yml generated from the schemas and the
 * content's ids. Written after the build, so it is no page: no search record, sitemap URL
 * or feed item; its HTML also asks robots not to index it. It carries its own
 * Content-Security-Policy `<meta>`, so it is protected on hosts that send no headers; only
 * the dev server's copy may talk to a local `npx decap-server`.
 */
import { COLLECTIONS } from '../collections.ts';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { cmsBackendOf, pathRulesFor } from '../lib/authoring/cms-backend.ts';
import { buildCmsConfig, type CmsBackend, type CmsCollection } from '../lib/authoring/cms-config.ts';
import { DEV_ADMIN_EXTRA, REFERRER_POLICY, mergePolicy, policyFor, serializePolicy } from '../lib/formats/csp.ts';
import { escapeHtml } from '../lib/html-escape.ts';
import { entryFields } from '../lib/authoring/collection-fields.ts';
import { bodySkeleton } from '../lib/authoring/scaffold.ts';
import { ENTRY_COLLECTION_NAMES } from '../schemas/index.ts';
import { checkContent } from '../content/check-content.ts';


const decapDist = path.dirname(createRequire(import.meta.url).resolve('decap-cms'));

/** Our own admin script (src/client/admin.ts: the file format, the preview styles), bundled for the browser. */
export async function bundleAdminScript(): Promise<string> {
  const result = await build({ entryPoints: [fileURLToPath(new URL('../client/admin.ts', import.meta.url))], bundle: true, format: 'iife', minify: true, target: 'es2020', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** The site's stylesheets, as a built page links them, for the editor's preview pane. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => Boolean(h));
}

/**
 * The admin's three kinds of file: its page, its config, and the Decap bundle.
 * `dev` is for the dev server only: it adds Decap's local backend (`npm run editor` on the
 * editor's own computer), which a published editor must never offer. `previewStyles` are the
 * site's stylesheets, for the preview pane.
 */
export async function renderAdmin(contentDir: string, env: NodeJS.ProcessEnv = process.env, { dev = false, previewStyles = [] as readonly string[] } = {}): Promise<{ html: string; config: string; scripts: string[] }> {
  const { content } = await checkContent(contentDir);
  const collections: CmsCollection[] = ENTRY_COLLECTION_NAMES.map((name) => ({
    name,
    label: COLLECTIONS[name].many,
    labelSingular: COLLECTIONS[name].one,
    fields: entryFields(name),
    body: bodySkeleton(name, name === 'briefings' ? { format: 'seven-minute' } : {}),
  }));
  const options = {
    themes: content.themes.map((t) => ({ label: t.name, value: t.id })),
    agencies: content.agencies.map((a) => ({ label: a.name, value: a.id })),
    sectors: content.sectors.map((s) => ({ label: s.name, value: s.id })),
  };
  const config = buildCmsConfig({ collections, options, backend: cmsBackendOf(env).config as CmsBackend, siteUrl: content.partnership?.siteUrl, localBackend: dev });
  const name = content.partnership?.shortName ?? 'Cascade';
  const published = policyFor('admin/', [], pathRulesFor(env));
  const policy = serializePolicy(dev ? mergePolicy(published, DEV_ADMIN_EXTRA) : published, 'meta');
  const html = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
    <meta name="referrer" content="${REFERRER_POLICY}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Content manager – ${escapeHtml(name)}</title>
  </head>
  <body>
    <script src="decap-cms.js"></script>
    <script src="cascade-admin.js" data-collections="${ENTRY_COLLECTION_NAMES.join(' ')}" data-preview-styles="${escapeHtml(previewStyles.join(' '))}"></script>
  </body>
</html>
`;
  // Only the main bundle: its chunks are CodeMirror language modes for code blocks (the form
  // has none, see cms-config.ts) and image encoders for a media setting we do not use.
  const scripts = ['decap-cms.js'];
  return { html, config: `# Generated from src/schemas by the build. Do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`, scripts };
}

export function adminIntegration(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'cascade:admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The dev server serves the admin too, so an editor can try it with `npx decap-server`.
        server.middlewares.use(async (req, res, next) => {
          const match = /^\/(?:.*\/)?admin\/(index\.html|config\.yml|cascade-admin\.js|[\w.-]*decap-cms\.js)?(?:\?.*)?$/.exec(req.url ?? '');
          if (!match) return next();
          const admin = await renderAdmin(options.contentDir, process.env, { dev: true });
          const file = match[1] ?? 'index.html';
          if (file === 'cascade-admin.js') {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            return void res.end(await bundleAdminScript());
          }
          if (file.endsWith('.js')) {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            return void createReadStream(path.join(decapDist, file)).on('error', () => next()).pipe(res);
          }
          res.setHeader('Content-Type', file === 'config.yml' ? 'text/yaml; charset=utf-8' : 'text/html; charset=utf-8');
          res.end(file === 'config.yml' ? admin.config : admin.html);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = path.join(fileURLToPath(dir), 'admin');
        const home = await readFile(path.join(fileURLToPath(dir), 'index.html'), 'utf8').catch(() => '');
        const admin = await renderAdmin(options.contentDir, process.env, { previewStyles: stylesheetsOf(home) });
        await mkdir(out, { recursive: true });
        await writeFile(path.join(out, 'cascade-admin.js'), await bundleAdminScript());
        await writeFile(path.join(out, 'index.html'), admin.html);
        await writeFile(path.join(out, 'config.yml'), admin.config);
        await Promise.all(admin.scripts.map((file) => copyFile(path.join(decapDist, file), path.join(out, file))));
        logger.info(`Wrote the web editor to admin/ in ${Math.round(performance.now() - started)} ms.`);
        if (!process.env.CASCADE_CMS_REPO) logger.warn('The web editor has no repository to save to, so /admin/ shows a configuration error. Set CASCADE_CMS_REPO (and CASCADE_CMS_APP_ID for GitLab) where the site is built: see "Setting up the web editor" in the README.');
      },
    },
  };
}
