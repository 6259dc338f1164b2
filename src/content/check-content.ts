/**
 * The one content pipeline's entry point: reads the content folder once (read-content.ts),
 * validates it and tags each entry with its state on the build date (validateContent), and
 * returns every problem with the public set. npm run check, the build, the content loader and
 * the build steps all take what this returns; nothing else reads content/.
 */
import path from 'node:path';
import { validateContent } from '../lib/checks/validation/index.ts';
import { resolveBuildDate } from '../lib/rules/publication.ts';
import { localDocumentPath } from '../lib/checks/document-path.ts';
import { documentFactsFor, PUBLIC_DIR } from '../build/documents.ts';
import { mediaFactsFor, mediaHrefs } from '../build/media.ts';
import { irregularFileProblems, STATIC_DIR } from '../build/public-files.ts';
import { startPhase } from '../build/progress.ts';
import { keepRenderedBodies, restoreRenderedBodies } from '../build/rendered-bodies.ts';
import { contentSignature, readContent } from './read-content.ts';
import { reservedSlugs, siteFolders } from '../build/route-files.ts';
import type { Problem } from '../lib/errors.ts';
import type { RawContent } from '../lib/checks/validation/index.ts';

/**
 * Every document href the reviews name that leads to a place inside public/, read before
 * validation so it can stay pure. An href that leads anywhere else is never looked up: the
 * schema refuses it, and the check must not be a way to learn what exists outside public/.
 */
function documentHrefs(raw: Awaited<ReturnType<typeof readContent>>): string[] {
  return raw.entries
    .filter((e) => e.collection === 'reviews')
    .flatMap((e) => ((e.data as { documents?: unknown })?.documents as { href?: unknown }[] | undefined) ?? [])
    .map((doc) => doc?.href)
    .filter((href): href is string => typeof href === 'string' && localDocumentPath(href) !== undefined);
}

type Checked = ReturnType<typeof validateContent> & {
  buildDate: string;
  errors: Problem[];
  /** What the check depended on besides the files: build date, documents' and media facts. */
  inputsKey: string;
};
interface Remembered {
  signature: string;
  raw: Promise<RawContent>;
  checked: Map<string, Promise<Checked>>;
}
// One per Node process: scripts/build.ts and the build steps that run inside Astro (the admin
// page, the search index's report records, retiring reports) each need the validated content,
// and reading and checking thousands of entries four times was a tenth of a large build.
const MEMO = Symbol.for('cascade.checked-content');
const memo: Map<string, Remembered> = ((globalThis as Record<symbol, unknown>)[MEMO] ??= new Map()) as Map<string, Remembered>;

/**
 * Reads and validates all content as of the build date (CASCADE_BUILD_DATE or today). Within
 * one process the folder is read and checked once while it stays unchanged (same names, sizes
 * and modified times) and its documents are the same; any change reads it afresh.
 * @example const { errors } = await checkContent('content', { buildDate: '2026-11-22' })
 */
export async function checkContent(contentDir: string, options: { buildDate?: string } = {}): Promise<Checked> {
  const dir = path.resolve(contentDir);
  const buildDate = options.buildDate ?? resolveBuildDate(process.env);
  const signature = await contentSignature(dir);
  const started = performance.now();
  let remembered = memo.get(dir);
  if (remembered?.signature !== signature) {
    remembered = { signature, raw: readContent(dir), checked: new Map() };
    memo.set(dir, remembered);
  }
  const raw = await remembered.raw;
  const [documents, media, irregular] = await Promise.all([documentFactsFor(documentHrefs(raw)), mediaFactsFor(mediaHrefs(raw.entries)), irregularFileProblems([PUBLIC_DIR, STATIC_DIR])]);
  const key = `${buildDate} ${JSON.stringify([...documents])} ${JSON.stringify([...media])} ${JSON.stringify(irregular)}`;
  let checked = remembered.checked.get(key);
  if (!checked) {
    checked = Promise.resolve().then(async () => {
      const phase = startPhase('content checked', { unit: 'entries', since: started });
      await restoreRenderedBodies(dir);
      const result = validateContent(raw, { buildDate, documents, media, sitePaths: { slugs: reservedSlugs(), folders: siteFolders(STATIC_DIR) } });
      // A cache that cannot be written (a read-only folder) only costs the next check time.
      await keepRenderedBodies(dir).catch(() => undefined);
      result.problems.push(...irregular);
      const problems = result.problems.length;
      phase.end({ done: raw.entries.length, note: problems ? `${problems.toLocaleString('en-GB')} problem${problems === 1 ? '' : 's'}` : undefined });
      return { ...result, buildDate, inputsKey: key, errors: result.problems.filter((p) => p.severity === 'error') };
    });
    remembered.checked.set(key, checked);
  }
  return checked;
}
