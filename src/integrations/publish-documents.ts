/**
 * Puts into the output exactly the files from public/ that public entries link to (a review's
 * documents, a body's pictures and links: src/lib/rules/published-files.ts), and nothing else.
 * Astro's own publicDir is static/ (the site's files), so a report never
 * reaches the output by being in a folder: a draft's report, a withdrawn one, or a file no
 * review links is simply never copied, whatever its link looks like (`#page=2`, `?v=2`).
 * Earlier builds copied all of public/ and deleted the unwanted files afterwards, which let a
 * document href name the file to delete; nothing is deleted now.
 *
 * Each file is read only through a path inside public/ made of real folders, and opened
 * without following a link, so a symbolic link put in public/ can never carry another file
 * (../../.git/config) into the site. In the dev server the same folder is served, on the
 * same terms.
 */
import { constants, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localDocumentPath } from '../lib/checks/document-path.ts';
import { BuildStepError } from '../lib/errors.ts';
import { filesToPublish, type PublishableEntry } from '../lib/rules/published-files.ts';
import { PUBLIC_DIR, regularFileIn } from '../build/documents.ts';
import { recordPhase } from './build-timings.ts';
import { checkContent } from '../content/check-content.ts';

const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

async function openDocument(publicDir: string, relative: string) {
  const file = await regularFileIn(publicDir, relative);
  if (!file) return undefined;
  const handle = await open(file, NO_FOLLOW).catch(() => undefined);
  if (!handle) return undefined;
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    return undefined;
  }
  return { handle, size: info.size };
}

/**
 * Copies each file (paths inside public/, from filesToPublish) into the output. A document
 * that is missing or not a plain file, or any file whose place in the output is already
 * taken by something the site built, stops the build with its name; a file a body links to
 * is copied when it is a plain file in public/ (a link to a page of the site is not one).
 * @example await copyDocuments('public', 'dist', ['reports/child-b-2022.pdf'])
 */
export async function copyDocuments(publicDir: string, outDir: string, paths: readonly string[], options: { ifPresent?: boolean } = {}): Promise<number> {
  let copied = 0;
  for (const relative of paths) {
    const source = await openDocument(publicDir, relative);
    if (!source && options.ifPresent) continue;
    if (!source) {
      throw new BuildStepError('A document could not be published', `public/${relative} is linked from a public review but is missing or not a plain file.`, {
        hint: 'Run `npm run check`: it names the review and the field. Put the file itself in public/ (not a link to it), or correct the href.',
      });
    }
    const target = path.join(outDir, ...relative.split('/'));
    try {
      await mkdir(path.dirname(target), { recursive: true });
      // 'wx': never replace a page the site built, and never write through a link.
      await pipeline(source.handle.createReadStream(), createWriteStream(target, { flags: 'wx' }));
    } catch (error) {
      const taken = (error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';
      throw new BuildStepError('A document could not be published', taken ? `public/${relative} would replace /${relative}, which the site builds itself.` : `public/${relative} could not be copied into the site: ${(error as Error).message}`, {
        cause: error,
        hint: taken ? 'Move the file to a folder of its own such as public/reports/ and correct the href.' : undefined,
      });
    } finally {
      await source.handle.close();
    }
    copied += 1;
  }
  return copied;
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

export function publishDocumentsIntegration(options: { contentDir: string; publicDir?: string }): AstroIntegration {
  const publicDir = options.publicDir ?? PUBLIC_DIR;
  let base = '/';
  return {
    name: 'cascade:publish-documents',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        // The dev server shows drafts too, so it serves any plain file in public/; never a link.
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split(/[?#]/)[0]!;
          if ((req.method !== 'GET' && req.method !== 'HEAD') || !url.startsWith(base)) return next();
          const relative = localDocumentPath(`/${url.slice(base.length)}`);
          if (!relative) return next();
          openDocument(publicDir, relative).then((found) => {
            if (!found) return next();
            res.setHeader('Content-Type', TYPES[path.extname(relative).slice(1).toLowerCase()] ?? 'application/octet-stream');
            res.setHeader('Content-Length', String(found.size));
            res.setHeader('X-Content-Type-Options', 'nosniff');
            if (req.method === 'HEAD') return void found.handle.close().then(() => res.end());
            const stream = found.handle.createReadStream();
            stream.pipe(res);
          }, next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { content, buildDate } = await checkContent(options.contentDir);
        const entries = Object.entries(content.entries).flatMap(([collection, list]) => list.map((e) => ({ collection, data: e.data as PublishableEntry['data'], body: e.body, state: e.state })));
        const { documents, linked } = filesToPublish(entries, buildDate, base);
        const copied = (await copyDocuments(publicDir, fileURLToPath(dir), documents)) + (await copyDocuments(publicDir, fileURLToPath(dir), linked, { ifPresent: true }));
        const ms = performance.now() - started;
        recordPhase('documents', ms);
        logger.info(`published ${copied} file${copied === 1 ? '' : 's'} from public/ linked from public entries in ${Math.round(ms)} ms`);
      },
    },
  };
}
