/**
 * What a document really is, read from its file at build time, and the checks that compare
 * it with what the editor typed: a missing file fails the build, a wrong size or format is
 * corrected with a warning.
 */
import { localDocumentPath } from './document-path.ts';
import type { Problem } from '../errors.ts';
import { formatFileSize } from '../file-size.ts';

export interface DocumentFacts {
  /** Read from the file's first bytes: pdf, docx, odt, xlsx, pptx, mp3, mp4, html, csv, txt. */
  format: string;
  bytes: number;
  /** PDFs only. */
  pages?: number;
  /** A PDF whose end is missing or damaged (cut short in a download, saved half-way): no reader can open it. */
  damaged?: boolean;
}

export interface DocumentRef {
  label: string;
  href: string;
  format: string;
  bytes?: number;
}

/** Facts by href; `null` when the file is not there. Absolute URLs are not in it. */
export type DocumentFactsMap = ReadonlyMap<string, DocumentFacts | null>;

/**
 * Whether a document is a file the site serves from public/ rather than another site.
 * @example isLocalDocument('/reports/child-q.pdf') // true
 */
export function isLocalDocument(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * The description shown beside a download link.
 * @example describeDocument({ format: 'pdf', bytes: 1_234_567, pages: 34 }) // 'PDF, 1.2 MB, 34 pages'
 */
export function describeDocument(facts: DocumentFacts): string {
  const pages = facts.pages ? `, ${facts.pages} page${facts.pages === 1 ? '' : 's'}` : '';
  return `${facts.format.toUpperCase()}, ${formatFileSize(facts.bytes)}${pages}`;
}

/**
 * Problems with a review's documents against the files themselves.
 * @example checkDocuments('content/reviews/q.mdx', [{ label: 'Report', href: '/reports/q.pdf', format: 'pdf' }], new Map([['/reports/q.pdf', null]]))[0].severity // 'error'
 */
export function checkDocuments(file: string, documents: readonly DocumentRef[], facts: DocumentFactsMap): Problem[] {
  return documents.flatMap((doc, i): Problem[] => {
    if (!isLocalDocument(doc.href)) return [];
    const found = facts.get(doc.href);
    if (found === undefined) return [];
    const where = `public/${localDocumentPath(doc.href) ?? doc.href.replace(/^\/+/, '')}`;
    if (found === null) {
      return [{ code: 'document-missing', file, field: `documents[${i}].href`, message: `is "${doc.href}", but there is no file ${where}. Put the file there (check the spelling and the folder), correct the href, or remove this document.`, severity: 'error' }];
    }
    if (found.damaged) {
      return [{ code: 'document-unreadable', file, field: `documents[${i}].href`, message: `is "${doc.href}", but ${where} is not a readable PDF: its end is missing or damaged, as when a download or a save stops half-way. Save or export the report as PDF again and replace the file.`, severity: 'error' }];
    }
    const problems: Problem[] = [];
    if (doc.bytes !== undefined && doc.bytes !== found.bytes) {
      problems.push({ code: 'document-facts', file, field: `documents[${i}].bytes`, message: `is ${doc.bytes}, but ${where} is ${found.bytes} bytes (${formatFileSize(found.bytes)}). The site shows the real size; remove bytes (it is read from the file) or correct it.`, severity: 'warning' });
    }
    if (found.format !== doc.format && found.format !== 'unknown') {
      problems.push({ code: 'document-facts', file, field: `documents[${i}].format`, message: `is "${doc.format}", but ${where} is a ${found.format.toUpperCase()} file. The site shows ${found.format.toUpperCase()}; set format: ${found.format}.`, severity: 'warning' });
    }
    return problems;
  });
}
