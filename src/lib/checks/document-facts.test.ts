import { describe, expect, it } from 'vitest';
import { checkDocuments, describeDocument, isLocalDocument } from './document-facts.ts';

describe('documents described truthfully', () => {
  it.each([
    [{ format: 'pdf', bytes: 1_234_567, pages: 34 }, 'PDF, 1.2 MB, 34 pages'],
    [{ format: 'pdf', bytes: 5_600, pages: 1 }, 'PDF, 5.6 KB, 1 page'],
    [{ format: 'docx', bytes: 48_000 }, 'DOCX, 48 KB'],
  ])('%j reads "%s"', (facts, expected) => {
    expect(describeDocument(facts)).toBe(expected);
  });

  it('tells files on this site from other sites', () => {
    expect([isLocalDocument('/reports/a.pdf'), isLocalDocument('https://www.gov.uk/a'), isLocalDocument('//cdn.example/a.pdf')]).toEqual([true, false, false]);
  });

  it('warns when the typed format is not the file’s real one', () => {
    const [problem] = checkDocuments('f.mdx', [{ label: 'Report', href: '/r.docx', format: 'pdf' }], new Map([['/r.docx', { format: 'docx', bytes: 10 }]]));
    expect(problem).toMatchObject({ field: 'documents[0].format', severity: 'warning' });
    expect(problem!.message).toContain('set format: docx');
  });

  it('names the real size when the typed one disagrees', () => {
    const [problem] = checkDocuments('f.mdx', [{ label: 'Report', href: '/r.pdf', format: 'pdf', bytes: 1 }], new Map([['/r.pdf', { format: 'pdf', bytes: 5626 }]]));
    expect(problem!.message).toContain('is 5626 bytes (5.6 KB)');
  });
});
