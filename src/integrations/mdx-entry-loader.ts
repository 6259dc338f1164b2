/**
 * The content loader for Cascade's MDX collections. It reads `<dir>/*.mdx`, validates the
 * frontmatter with the collection's schema and stores each body rendered to HTML. An entry
 * whose file, schemas and renderer are unchanged since the last build keeps its stored HTML,
 * so a rebuild after one edit renders one entry (see src/lib/render-mdx.ts for why bodies are
 * not bundled as modules).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderMdx } from '../lib/render-mdx.ts';
import { parseEntryFile } from './read-content.ts';

/** What, besides the file itself, decides an entry's stored form: the schemas and the renderer. */
function codeStamp(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync('src/schemas').map((name) => path.join('src/schemas', name)),
    'src/lib/render-mdx.ts',
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
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    names = [];
  }
  const seen = new Set<string>();
  let rendered = 0;
  for (const name of names) {
    const id = name.slice(0, -'.mdx'.length);
    const file = path.join(dir, name);
    const filePath = path.relative(root, file).split(path.sep).join('/');
    const source = readFileSync(file, 'utf8');
    const digest = generateDigest(`${stamp}\n${source}`);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    const problems: { message: string }[] = [];
    const { data, body } = parseEntryFile(source, filePath, problems as never);
    if (problems.length) throw new Error(`${filePath} ${problems.map((p) => p.message).join(' ')}`);
    const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
    let html: string;
    let headings: Awaited<ReturnType<typeof renderMdx>>['headings'];
    try {
      ({ html, headings } = await renderMdx(body));
    } catch (error) {
      throw new Error(`${filePath}: ${(error as Error).message}`, { cause: error });
    }
    store.set({ id, data: parsed, filePath, digest, rendered: { html, metadata: { headings, frontmatter: data as Record<string, unknown> } } });
    rendered += 1;
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (rendered) context.logger.info(`rendered ${rendered} of ${names.length} entries`);
}

/**
 * Loads `<dir>/*.mdx` as a collection; the file name (without .mdx) is the entry's id.
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
        if (path.dirname(changed) === absolute && changed.endsWith('.mdx')) void syncEntries(absolute, context, stamp).catch((error) => context.logger.error((error as Error).message));
      });
    },
  };
}
