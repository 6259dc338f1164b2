/**
 * The content loader for Cascade's entry collections. It reads `<dir>/*.{mdx,md}`, validates the
 * frontmatter with the collection's schema and stores each body rendered to safe HTML (see
 * src/lib/body/: a body is Markdown and allow-listed HTML, never code). In a production build
 * only public entries are stored at all: a draft or an embargoed entry, however broken, never
 * reaches a page, and never stops one. An entry whose file, schemas and renderer are unchanged
 * since the last build keeps its stored HTML, so a rebuild after one edit renders one entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderBody } from '../lib/body/index.ts';
import { publicationState, resolveBuildDate } from '../lib/publication.ts';
import { isPreview } from './preview-mode.ts';
import { judgeEntryFile } from '../lib/content-files.ts';
import { listEntryFiles, parseEntryFile } from './read-content.ts';

/** What, besides the file itself, decides an entry's stored form: the schemas and the renderer. */
function codeStamp(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync('src/schemas').map((name) => path.join('src/schemas', name)),
    ...readdirSync('src/lib/body').map((name) => path.join('src/lib/body', name)),
    'src/lib/entry-file.ts',
    'src/lib/yaml-source.ts',
    'package-lock.json',
  ].sort();
  for (const file of files) {
    try {
      hash.update(file).update(readFileSync(file));
    } catch {
      /* a file that is not there adds nothing */
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The publication state from frontmatter as written, before (or without) its schema. */
function stateOf(data: unknown, buildDate: string, draft = false) {
  const fields = (data ?? {}) as { draft?: unknown; published?: unknown };
  return publicationState({ draft: draft || fields.draft === true, published: typeof fields.published === 'string' ? fields.published : undefined }, buildDate);
}

async function syncEntries(dir: string, context: LoaderContext, stamp: string): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const preview = isPreview();
  const buildDate = resolveBuildDate(process.env);
  // The same files the content check reads (links and editors' leftovers are never read).
  const files = await listEntryFiles(dir, []);
  const kept = new Set<string>();
  let rendered = 0;
  for (const { name, slug: id } of files) {
    const file = path.join(dir, name);
    const filePath = path.relative(root, file).split(path.sep).join('/');
    const source = readFileSync(file, 'utf8');
    const digest = generateDigest(`${stamp}\n${source}`);
    const stored = store.get(id);
    if (stored?.digest === digest) {
      if (preview || stateOf(stored.data, buildDate) === 'public') kept.add(id);
      continue;
    }
    const problems: { message: string }[] = [];
    const { data, body, draft } = parseEntryFile(source, filePath, problems as never);
    const state = stateOf(data, buildDate, draft);
    // The content check has reported every problem already; here an unpublished entry is
    // simply left out of a production build, and a broken one out of the preview.
    if (!preview && state !== 'public') continue;
    if (problems.length) {
      if (preview) {
        context.logger.warn(`${filePath} is left out of the preview: ${problems.map((p) => p.message).join(' ')}`);
        continue;
      }
      throw new Error(`${filePath} ${problems.map((p) => p.message).join(' ')}`);
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
    } catch (error) {
      if (!preview) throw error;
      context.logger.warn(`${filePath} is left out of the preview until its fields are fixed (run npm run check).`);
      continue;
    }
    const { html, headings } = renderBody(body);
    store.set({ id, data: parsed, filePath, digest, rendered: { html, metadata: { headings, frontmatter: data as Record<string, unknown> } } });
    kept.add(id);
    rendered += 1;
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  if (rendered) context.logger.info(`rendered ${rendered} of ${files.length} entries`);
}

/**
 * Loads `<dir>/*.{mdx,md}` as a collection; the file name (without extension) is the entry's id.
 * @example defineCollection({ loader: mdxEntries('./content/reviews'), schema: ReviewSchema })
 */
export function mdxEntries(dir: string): Loader {
  return {
    name: 'cascade:mdx-entries',
    load: async (context) => {
      const absolute = path.resolve(dir);
      const stamp = codeStamp();
      await syncEntries(absolute, context, stamp);
      context.watcher?.add(absolute);
      context.watcher?.on('all', (_event, changed) => {
        if (path.dirname(changed) === absolute && judgeEntryFile(path.basename(changed)).kind === 'entry') void syncEntries(absolute, context, stamp).catch((error) => context.logger.error((error as Error).message));
      });
    },
  };
}
