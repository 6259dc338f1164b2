/**
 * Where a document `href` points inside the documents folder (public/). The build copies
 * exactly the files these paths name, and `npm run check` looks only at them, so the path is
 * worked out once, here, the way a web server would: query and fragment dropped,
 * percent-escapes decoded, `.` and `..` resolved. A path that climbs out of the folder, names
 * a folder, or holds characters no file name should is refused before any file is touched.
 */
import { judgeLinkField } from './link-field.ts';

/** The folder documents live in, as editors see it. */
export const DOCUMENTS_FOLDER = 'public';

export type DocumentPath =
  /** A file under public/: `path` is relative to it with forward slashes, e.g. `reports/child-q.pdf`. */
  | { ok: true; local: true; path: string }
  /** A document on another website (https or http). */
  | { ok: true; local: false }
  | { ok: false; reason: string };

const EXAMPLE = 'e.g. /reports/child-q.pdf for the file public/reports/child-q.pdf';

/**
 * The file a document href names, or why it cannot name one.
 * @example documentPath('/reports/child-q.pdf#page=2') // { ok: true, local: true, path: 'reports/child-q.pdf' }
 * @example documentPath('/../src/pages/index.astro').ok // false
 */
export function documentPath(href: string): DocumentPath {
  const judged = judgeLinkField(href);
  if (!judged.ok) return judged;
  if (judged.kind === 'mailto' || judged.kind === 'tel') return { ok: false, reason: `a document is a file, not a ${judged.kind}: link. Put the file under ${DOCUMENTS_FOLDER}/ and write its path (${EXAMPLE}), or give its https:// address` };
  if (judged.kind === 'web') return { ok: true, local: false };
  if (!href.startsWith('/')) return { ok: false, reason: `a path on this site starts with / (${EXAMPLE})` };
  const bare = href.split(/[?#]/)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return { ok: false, reason: `it has a % that does not start a valid escape such as %20. Write the file name as it is (${EXAMPLE})` };
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { ok: false, reason: `it has a backslash or a control character, which no document path needs. Use forward slashes (${EXAMPLE})` };
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return { ok: false, reason: `it leads out of ${DOCUMENTS_FOLDER}/, where documents live. Put the file under ${DOCUMENTS_FOLDER}/ and write its path from there (${EXAMPLE})` };
      parts.pop();
    } else parts.push(part);
  }
  if (!parts.length || decoded.endsWith('/') || /\/\.{1,2}$/.test(decoded)) return { ok: false, reason: `it names a folder, not a file. Write the path of the file itself (${EXAMPLE})` };
  return { ok: true, local: true, path: parts.join('/') };
}

/**
 * The path under public/ of a local document, or undefined for another website's or an invalid href.
 * @example localDocumentPath('/reports/a%20b.pdf?v=2') // 'reports/a b.pdf'
 */
export function localDocumentPath(href: string): string | undefined {
  const found = documentPath(href);
  return found.ok && found.local ? found.path : undefined;
}
