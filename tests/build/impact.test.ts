import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../setup/files.ts';
import { BUILD_DATE, EXAMPLE_OUT, ROOT } from '../setup/paths.ts';

// The expected figures are computed here from the content files themselves, applying the
// publication rule by hand, so the built pages are checked against the public entries only.
interface Front { draft?: boolean; published?: string | Date; recommendations?: { owners: string[] }[] }
const dateText = (d: string | Date | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const frontmatter = (file: string): Front => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Front;
const entries = (collection: string) => {
  const dir = path.join(ROOT, 'content', collection);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => frontmatter(path.join(dir, f)));
};
const isPublic = (e: Front) => !e.draft && (dateText(e.published) ?? '') <= BUILD_DATE;
const allReviews = entries('reviews');
const publicReviews = allReviews.filter(isPublic);
const page = (sitePath: string) => readFileSync(path.join(EXAMPLE_OUT, sitePath, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the impact pages count public entries only', () => {
  test('the example content has unpublished reviews with recommendations, so the check can fail', () => {
    expect(allReviews.length - publicReviews.length).toBeGreaterThanOrEqual(2);
    expect(allReviews.filter((r) => !isPublic(r)).flatMap((r) => r.recommendations ?? []).length).toBeGreaterThan(0);
  });

  test('the all-time page counts exactly the public reviews and their recommendations', () => {
    const impact = text(page('impact'));
    const recommendations = publicReviews.flatMap((r) => r.recommendations ?? []).length;
    expect(impact).toContain(`Reviews and audits published ${publicReviews.length} `);
    expect(impact).toContain(`${recommendations} recommendations:`);
  });

  test('an agency page lists exactly the public recommendations it owns', () => {
    const owned = publicReviews.flatMap((r) => r.recommendations ?? []).filter((rec) => rec.owners.includes('northvale-childrens-services')).length;
    expect(text(page('agencies/northvale-childrens-services'))).toContain(`${owned} owned in all`);
  });

  test('no output file carries a canary recommendation', () => {
    const leaks = listFiles(EXAMPLE_OUT).filter((f) => /\.(html|json|xml|txt)$/.test(f) && readFileSync(path.join(EXAMPLE_OUT, f), 'utf8').includes('must not be counted'));
    expect(leaks).toEqual([]);
  });

  test('there is a page for each reporting year up to the build date’s, and none after', () => {
    // The build date 2026-11-22 falls in 2026/27 (April start).
    const years = listFiles(path.join(EXAMPLE_OUT, 'impact')).map((f) => f.split(path.sep)[0]).filter((d) => /^\d{4}$/.test(d!));
    expect(Math.max(...years.map(Number))).toBe(2026);
    expect(text(page('impact/2025'))).toContain('1 April 2025 to 31 March 2026');
  });

  test('the charts are inline SVG with no script on the page', () => {
    const html = page('impact');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).not.toMatch(/<script|style="/);
  });
});
