import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectReportTexts, reviewsWithReports } from './document-records.ts';
import { PUBLIC_DIR } from './documents.ts';

const out = mkdtempSync(path.join(tmpdir(), 'cascade-records-'));
mkdirSync(path.join(out, 'reports'));
copyFileSync(path.join(PUBLIC_DIR, 'reports/child-b-2022.pdf'), path.join(out, 'reports/child-b-2022.pdf'));

describe('the text of PDF reports for the search index', () => {
  it('gives the report’s text, keyed by the review page', async () => {
    const records = await collectReportTexts(out, [
      { url: '/reviews/child-b-2022/', title: 'Child B', published: '2022-10-01', documents: [{ label: 'Full report', href: '/reports/child-b-2022.pdf', format: 'pdf' }, { label: 'Guidance', href: 'https://www.gov.uk/x', format: 'pdf' }] },
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]!.url).toBe('/reviews/child-b-2022/');
    expect(records[0]!.text).toContain('nscpchildb2022');
  });

  it('reads a report once, then takes its text from the cache kept under the hash of its bytes', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cascade-report-cache-'));
    const reviews = [{ url: '/reviews/child-b-2022/', title: 'Child B', published: '2022-10-01', documents: [{ label: 'Full report', href: '/reports/child-b-2022.pdf', format: 'pdf' }] }];
    const first = await collectReportTexts(out, reviews, cacheDir);
    const saved = readdirSync(path.join(cacheDir, 'cascade-report-text'));
    expect(saved).toHaveLength(1);
    // What the cache holds is what the next build uses: the PDF is not read again.
    writeFileSync(path.join(cacheDir, 'cascade-report-text', saved[0]!), 'text from the cache');
    expect((await collectReportTexts(out, reviews, cacheDir))[0]!.text).toBe('text from the cache');
    expect(first[0]!.text).toContain('nscpchildb2022');
  });

  it('reads two reports with the same bytes at once without failing on the shared cache file', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'cascade-report-cache-'));
    copyFileSync(path.join(out, 'reports/child-b-2022.pdf'), path.join(out, 'reports/copy.pdf'));
    const reviews = ['child-b-2022', 'copy'].map((name) => ({ url: `/reviews/${name}/`, title: name, published: '2022-10-01', documents: [{ label: 'Full report', href: `/reports/${name}.pdf`, format: 'pdf' }] }));
    const records = await collectReportTexts(out, reviews, cacheDir);
    expect(records.map((r) => r.url)).toEqual(['/reviews/child-b-2022/', '/reviews/copy/']);
    expect(readdirSync(path.join(cacheDir, 'cascade-report-text'))).toHaveLength(1);
  });

  it('has no text for a report the build took down', async () => {
    const records = await collectReportTexts(out, [{ url: '/reviews/child-a/', title: 'Child A', published: '2019-01-01', documents: [{ label: 'Full report', href: '/reports/child-a.pdf', format: 'pdf' }] }]);
    expect(records).toEqual([]);
  });
});

describe('the reviews whose reports are searchable', () => {
  it('are the public reviews whose report is online, with their page address', async () => {
    const now = await reviewsWithReports('content', '2026-11-22', '/');
    expect(now.map((r) => r.url)).toContain('/reviews/child-b-2022/');
    expect(now.map((r) => r.url)).not.toContain('/reviews/child-a-2019/');
    const later = await reviewsWithReports('content', '2027-06-15', '/cascade/');
    expect(later.map((r) => r.url)).not.toContain('/cascade/reviews/child-b-2022/');
    expect(later.map((r) => r.url)).toContain('/cascade/reviews/child-k-2026/');
  });
});
