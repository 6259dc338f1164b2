/**
 * Reads the real facts of the documents under public/: format (from the file's first
 * bytes, not its name), size and, for PDFs, page count and text. Used by validation (a
 * missing file fails the build), by the review page ("PDF, 1.2 MB, 34 pages") and by the
 * search index.
 *
 * Facts are kept in one cache per Node process, keyed by path, size and modified time:
 * scripts/build.ts validates and runs Astro in the same process, so each file is read once
 * per build, and an edited file is read again in the dev server. Validation needs no page
 * counts, so `npm run check` never loads the PDF reader; pages ask for them.
 */
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { isLocalDocument, type DocumentFacts } from '../lib/checks/document-facts.ts';
import { localDocumentPath } from '../lib/checks/document-path.ts';

/** Where document hrefs point: the project's public/ folder. */
export const PUBLIC_DIR = path.resolve(process.env.CASCADE_PUBLIC ?? 'public');

/**
 * The file at `relative` (forward slashes, already normalised by documentPath) inside `dir`,
 * when every folder on the way is a real folder and the file a regular file: a symbolic link
 * anywhere on the path is never followed, so nothing outside `dir` is looked at.
 * @example await regularFileIn('public', 'reports/child-b-2022.pdf') // '/…/public/reports/child-b-2022.pdf'
 */
export async function regularFileIn(dir: string, relative: string): Promise<string | undefined> {
  let here = dir;
  const parts = relative.split('/');
  for (const [i, part] of parts.entries()) {
    if (!part || part === '.' || part === '..') return undefined;
    here = path.join(here, part);
    const info = await lstat(here).catch(() => null);
    if (!info || (i < parts.length - 1 ? !info.isDirectory() : !info.isFile())) return undefined;
  }
  return here;
}

/**
 * The bytes of a regular file, refusing (with O_NOFOLLOW) a symbolic link put in its place
 * after it was looked at.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${file} is not a regular file`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

interface Cached {
  key: string;
  facts: Promise<DocumentFacts | null>;
  pages?: Promise<number | undefined>;
}
const CACHE_KEY = Symbol.for('cascade.document-facts');
const cache: Map<string, Cached> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<string, Cached>;

const startsWith = (bytes: Uint8Array, text: string, at = 0) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The format a file's first bytes declare; zip-based office files are told apart by their parts. */
export function sniffFormat(head: Uint8Array, name: string): string {
  if (startsWith(head, '%PDF-')) return 'pdf';
  if (startsWith(head, 'PK\u0003\u0004')) {
    const text = new TextDecoder('latin1').decode(head);
    if (text.includes('opendocument.text')) return 'odt';
    if (text.includes('word/')) return 'docx';
    if (text.includes('xl/')) return 'xlsx';
    if (text.includes('ppt/')) return 'pptx';
    return 'unknown';
  }
  if (startsWith(head, 'ID3') || (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0)) return 'mp3';
  if (startsWith(head, 'ftyp', 4)) return 'mp4';
  if (/^\s*<(!doctype html|html)/i.test(new TextDecoder().decode(head.slice(0, 64)))) return 'html';
  const extension = path.extname(name).slice(1).toLowerCase();
  return ['csv', 'txt'].includes(extension) ? extension : 'unknown';
}

/**
 * Whether a PDF has the end every complete PDF has (`startxref`, then `%%EOF`), without
 * loading a PDF reader: a file cut short or overwritten is caught by the check, by name.
 * @example pdfLooksComplete(Buffer.from('%PDF-1.7\n…startxref\n123\n%%EOF\n')) // true
 */
export function pdfLooksComplete(data: Buffer): boolean {
  const tail = data.subarray(Math.max(0, data.length - 2048)).toString('latin1');
  // Readers accept a little padding after the last %%EOF, so it need not be the very end.
  return /startxref\s+\d+\s+%%EOF/.test(tail);
}

async function inspect(file: string): Promise<DocumentFacts | null> {
  const data = await readRegularFile(file).catch(() => null);
  if (!data) return null;
  const format = sniffFormat(new Uint8Array(data.subarray(0, 4096)), file);
  return { format, bytes: data.length, ...(format === 'pdf' && !pdfLooksComplete(data) && { damaged: true }) };
}

// unpdf carries PDF.js: loaded only when a page count or text is wanted.
const openPdf = async (data: Uint8Array) => (await import('unpdf')).getDocumentProxy(data);

/**
 * The facts of one document, or null when its file is missing, is not a regular file, or the
 * href does not name a place inside public/ (then nothing is looked at); `pages` adds a PDF's
 * page count.
 * @example await documentFacts('/reports/child-b-2022.pdf', { pages: true }) // { format: 'pdf', bytes: 5626, pages: 4 }
 */
export async function documentFacts(href: string, options: { publicDir?: string; pages?: boolean } = {}): Promise<DocumentFacts | null> {
  const relative = localDocumentPath(href);
  const file = relative === undefined ? undefined : await regularFileIn(options.publicDir ?? PUBLIC_DIR, relative);
  if (!file) return null;
  const info = await lstat(file).catch(() => null);
  const key = info ? `${info.size}:${info.mtimeMs}` : 'missing';
  let entry = cache.get(file);
  if (entry?.key !== key) {
    entry = { key, facts: info?.isFile() ? inspect(file) : Promise.resolve(null) };
    cache.set(file, entry);
  }
  const facts = await entry.facts;
  if (!options.pages || facts?.format !== 'pdf') return facts;
  // A PDF the reader cannot open has no page count (the check has named it already).
  entry.pages ??= readRegularFile(file)
    .then(async (data) => (await openPdf(new Uint8Array(data))).numPages)
    .catch(() => undefined);
  return { ...facts, pages: await entry.pages };
}

/**
 * Facts for every local document named in a list of hrefs (absolute URLs are left out).
 * @example await documentFactsFor(['/reports/a.pdf', 'https://gov.uk/x']) // Map { '/reports/a.pdf' => {…} }
 */
export async function documentFactsFor(hrefs: Iterable<string>, options: { publicDir?: string; pages?: boolean } = {}): Promise<Map<string, DocumentFacts | null>> {
  const local = [...new Set(hrefs)].filter(isLocalDocument);
  const facts = await Promise.all(local.map((href) => documentFacts(href, options)));
  return new Map(local.map((href, i) => [href, facts[i]!]));
}

/**
 * The text of a PDF, pages joined, for the search index.
 * @example await pdfText('dist/reports/child-b-2022.pdf') // 'Local child safeguarding practice review…'
 */
export async function pdfText(file: string): Promise<string> {
  const pdf = await openPdf(new Uint8Array(await readRegularFile(file)));
  const { text } = await (await import('unpdf')).extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ').trim();
}
