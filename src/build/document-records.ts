/**
 * The text of PDF reports for the search index, by review page. Reads the files from the built
 * output, so a report the build has taken down (withdrawn, past retainUntil) has no file and
 * its words leave the index.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localDocumentPath } from '../lib/checks/document-path.ts';
import { reportPresentation, type Retained } from '../lib/rules/retention.ts';
import { entryPath, withBase } from '../lib/urls.ts';
import { pdfText, readRegularFile } from './documents.ts';
import { checkContent } from '../content/check-content.ts';

export interface ReviewDocuments {
  /** The review page's address as the site serves it, e.g. /reviews/child-b-2022/. */
  url: string;
  title: string;
  /** The review's publication date: search results sort by it. */
  published: string;
  /** The review's summary, shown with the result. */
  summary?: string;
  documents: readonly { label: string; href: string; format: string }[];
}

/** The text of one review's published PDF reports, for its page's search record. */
export interface ReportText {
  /** The review page's address as the site serves it, e.g. /reviews/child-b-2022/. */
  url: string;
  text: string;
}

/**
 * The text of the PDFs of the given (public, report-published) reviews still in the output,
 * one item per review. The search index adds it to the review's own record, so a search finds
 * the review once, with the report as a sub-result, and the review's filters apply to it.
 * With `cacheDir`, each report's text is kept there under the hash of its bytes: reading a
 * PDF's text is the slow part, and a report rarely changes once published.
 * @example await collectReportTexts('dist', [{ url: '/reviews/child-b-2022/', title: 'Child B', documents: [...] }])
 */
export async function collectReportTexts(outDir: string, reviews: readonly ReviewDocuments[], cacheDir?: string): Promise<ReportText[]> {
  const wanted = reviews.flatMap((review) =>
    review.documents
      .map((doc) => ({ review, doc, relative: doc.format === 'pdf' ? localDocumentPath(doc.href) : undefined }))
      .filter((found): found is typeof found & { relative: string } => found.relative !== undefined)
      .map(({ review, doc, relative }) => ({ review, doc, file: path.join(outDir, ...relative.split('/')) }))
      .filter(({ file }) => existsSync(file)),
  );
  // A file two reviews link to is read once.
  const once = new Map<string, Promise<string>>();
  const textOf = (file: string) => once.get(file) ?? once.set(file, cacheDir ? cachedPdfText(file, cacheDir) : pdfText(file)).get(file)!;
  const texts = await Promise.all(wanted.map(({ file }) => textOf(file)));
  const byReview = new Map<ReviewDocuments, string[]>();
  wanted.forEach(({ review }, i) => {
    if (texts[i]) byReview.set(review, [...(byReview.get(review) ?? []), texts[i]!]);
  });
  return [...byReview].map(([review, contents]) => ({ url: review.url, text: contents.join('\n\n') }));
}

async function cachedPdfText(file: string, cacheDir: string): Promise<string> {
  const hash = createHash('sha256').update(await readRegularFile(file)).digest('hex');
  const saved = path.join(cacheDir, 'cascade-report-text', `${hash}.txt`);
  const cached = await readFile(saved, 'utf8').catch(() => undefined);
  if (cached !== undefined) return cached;
  const text = await pdfText(file);
  // Two files with the same bytes are read at the same time: each writes its own partial file,
  // and a cache that cannot be written only means the text is read again next time.
  const partial = `${saved}.${randomUUID()}.tmp`;
  await mkdir(path.dirname(saved), { recursive: true })
    .then(() => writeFile(partial, text))
    .then(() => rename(partial, saved))
    .catch(() => rm(partial, { force: true }));
  return text;
}

/**
 * The reviews whose report is online on the build date, as collectReportTexts wants
 * them. Read from the content folder because build:done hooks have no content collections.
 * @example await reviewsWithReports('content', '2026-11-22', '/')
 */
export async function reviewsWithReports(contentDir: string, buildDate: string, base: string): Promise<ReviewDocuments[]> {
  const { content } = await checkContent(contentDir, { buildDate });
  return content.public.reviews
    .filter((r) => r.data.pagefind !== false && reportPresentation(r.data as unknown as Retained, buildDate) === 'published')
    .map((r) => ({ url: withBase(base, entryPath('reviews', r.slug)), title: String(r.data.title), published: String(r.data.published), summary: String(r.data.summary), documents: r.data.documents as ReviewDocuments['documents'] }));
}
