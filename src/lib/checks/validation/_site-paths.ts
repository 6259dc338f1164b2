// Entries and documents must not take an address the site uses itself (src/lib/site-routes.ts).
import { localDocumentPath } from '../document-path.ts';
import type { Problem } from '../../errors.ts';
import { slugClash, type ReservedNames } from '../../site-routes.ts';

export interface SitePaths {
  /** The names each collection's own routes use, by collection. */
  slugs: Readonly<Record<string, ReservedNames>>;
  /** The first path segments the site uses at its root (reviews, scripts, _astro…). */
  folders: ReadonlySet<string>;
}

const SINGULAR: Record<string, string> = { reviews: 'review', briefings: 'briefing', courses: 'course', priorities: 'priority', newsletters: 'newsletter', pages: 'page' };

/**
 * A problem when an entry's file name is an address the site uses for something else.
 * @example checkSlug({ collection: 'reviews', slug: '2', file: 'content/reviews/2.mdx' }, paths)[0].message // 'has a file name … page 2 …'
 */
export function checkSlug(entry: { collection: string; slug: string; file: string }, paths: SitePaths): Problem[] {
  const clash = slugClash(entry.slug, entry.collection, paths.slugs[entry.collection]);
  if (!clash) return [];
  const example = `${SINGULAR[entry.collection] ?? 'entry'}-${entry.slug}.mdx`;
  return [{ code: 'file-route-taken', file: entry.file, field: '', message: `has a file name the site cannot give an entry: ${clash}. Rename the file to say what it is, e.g. ${example} (a review's subject and year, such as child-q-2024.mdx, works well).`, severity: 'error' }];
}

/**
 * Problems with where a review's local documents sit: in a folder of their own under public/
 * (reports/…), never at its top or in a folder the site writes itself.
 * @example checkDocumentFolders('content/reviews/q.mdx', [{ href: '/index.html' }], paths)[0].field // 'documents[0].href'
 */
export function checkDocumentFolders(file: string, documents: readonly { href: string }[], paths: SitePaths): Problem[] {
  return documents.flatMap((doc, i): Problem[] => {
    const local = localDocumentPath(doc.href);
    if (local === undefined) return [];
    const [folder, ...rest] = local.split('/');
    const field = `documents[${i}].href`;
    if (!rest.length) return [{ code: 'document-folder', file, field, message: `is "${doc.href}", a file at the top of public/, where the site keeps its own pages. Put documents in a folder such as public/reports/ and write /reports/${folder}.`, severity: 'error' }];
    if (paths.folders.has(folder!)) return [{ code: 'document-folder', file, field, message: `is "${doc.href}", in public/${folder}/, but /${folder}/ is where the site puts its own pages or files, which a document there could replace. Move the file to a folder such as public/reports/ and write /reports/${rest.join('/')}.`, severity: 'error' }];
    return [];
  });
}
