/**
 * The content loader for Cascade's entry collections. It takes its entries from the one
 * content pipeline (checkContent: every file read and validated once, each entry tagged with
 * its state on the build date) and stores each body rendered to safe HTML (see src/lib/body/:
 * a body is Markdown and allow-listed HTML, never code). A production build stores the public
 * set only: a draft or an embargoed entry, however broken, never reaches a page, and never
 * stops one. The dev preview stores every valid entry, each with its state for the banner.
 * An entry whose text, state, schemas and renderer are unchanged since the last build keeps
 * its stored HTML, so a rebuild after one edit renders one entry.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderBody } from '../lib/body/index.ts';
import { judgeEntryFile } from './content-files.ts';
import type { EntryCollection } from '../schemas/index.ts';
import { isPreview } from '../integrations/preview-mode.ts';
import { checkContent } from './check-content.ts';

/**
 * What, besides the entry itself, decides its stored form: the schemas and the renderer. How a
 * file is parsed needs no stamp: the digest holds the frontmatter as parsed and the body.
 */
function codeStamp(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync('src/schemas').map((name) => path.join('src/schemas', name)),
    ...readdirSync('src/lib/body').map((name) => path.join('src/lib/body', name)),
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

async function syncEntries(dir: string, context: LoaderContext, stamp: string): Promise<void> {
  const { store, parseData, generateDigest, config } = context;
  const root = fileURLToPath(config.root);
  const preview = isPreview();
  const collection = path.basename(dir) as EntryCollection;
  const { content, problems } = await checkContent(path.dirname(dir));
  const entries = (preview ? content.entries : content.public)[collection];
  if (preview) {
    // An entry that fails its schema is not in the set; say so where the editor is looking.
    const stored = new Set(entries.map((e) => e.file));
    const broken = new Set(problems.filter((p) => !stored.has(p.file) && path.resolve(path.dirname(p.file)) === dir).map((p) => p.file));
    for (const file of broken) context.logger.warn(`${file} is left out of the preview until its fields are fixed (run npm run check).`);
  }
  const kept = new Set<string>();
  let rendered = 0;
  for (const entry of entries) {
    const id = entry.slug;
    const filePath = path.relative(root, path.resolve(entry.file)).split(path.sep).join('/');
    // The state is part of the digest: the day an embargo lifts, the stored entry is renewed.
    const digest = generateDigest(`${stamp}\n${entry.state}\n${JSON.stringify(entry.frontmatter)}\n${entry.body}`);
    kept.add(id);
    if (store.get(id)?.digest === digest) continue;
    const parsed = await parseData({ id, data: entry.frontmatter as Record<string, unknown>, filePath });
    const { html, headings } = renderBody(entry.body);
    store.set({ id, data: parsed, filePath, digest, rendered: { html, metadata: { headings, frontmatter: entry.frontmatter as Record<string, unknown>, state: entry.state } } });
    rendered += 1;
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  if (rendered) context.logger.info(`rendered ${rendered} of ${entries.length} entries`);
}

/**
 * Loads the entries of `<dir>` (a collection folder of the content folder) as a collection;
 * the file name (without extension) is the entry's id.
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
