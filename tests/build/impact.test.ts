import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../setup/files.ts';
import { BUILD_DATE, EXAMPLE_CONTENT, EXAMPLE_OUT } from '../setup/paths.ts';

// The expected figures are computed here from the content files themselves, applying the
// publication rule by hand, so the built pages are checked against the public entries only.
interface Front { draft?: boolean; published?: string | Date; recommendations?: { owners: string[] }[] }
const dateText = (d: string | Date | undefined) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const frontmatter = (file: string): Front => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Front;
const entries = (collection: string) => {
  const dir = path.join(EXAMPLE_CONTENT, collection);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => frontmatter(path.join(dir, f)));
};
const isPublic = (e: Front) => !e.draft && (dateText(e.published) ?? '') <= BUILD_DATE;
const allReviews = entries('reviews');
const publicReviews = allReviews.filter(isPublic);
const page = (sitePath: string) => readFileSync(path.join(EXAMPLE_OUT, sitePath, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the impact pages count public entries only', () => {
  test('the built content has unpublished reviews with recommendations, so the check can fail', () => {
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

  test('no output file carries a leak-check fixture’s recommendation', () => {
    const leaks = listFiles(EXAMPLE_OUT).filter((f) => /\.(html|json|xml|txt|csv|ics)$/.test(f) && readFileSync(path.join(EXAMPLE_OUT, f), 'utf8').includes('LEAK-CHECK recommendation'));
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

describe('the impact pages draw no empty rows and summarise the dissemination plan first', () => {
  const years = listFiles(path.join(EXAMPLE_OUT, 'impact')).map((f) => f.split(path.sep)[0]!).filter((d) => /^\d{4}$/.test(d));
  const pages = ['impact', ...new Set(years)].map((p) => (p === 'impact' ? p : `impact/${p}`));

  test.each(pages)('%s has no zero bar or zero row in a single-figure chart', (sitePath) => {
    const html = page(sitePath);
    // Single-figure charts write "<n>" or "<n> (<p>%)" after each bar; a zero would be drawn as "0".
    expect(html).not.toMatch(/class="chart__value"[^>]*>0( \(0%\))?</);
    expect(html).not.toMatch(/<tr><th scope="row">[^<]*<\/th><td class="num">0<\/td>(<td class="num">0%<\/td>)?<\/tr>/);
  });

  test('the example has years with empty states, so the check above can fail', () => {
    // 2019/20 had only recommendations completed on time: every other state is empty.
    expect(text(page('impact/2019'))).toContain('2 complete (2 on time), 0 overdue');
  });

  test.each(pages)('%s opens the dissemination plan with audiences covered, methods used and gaps', (sitePath) => {
    const section = page(sitePath).split('id="dissemination"')[1]!.split('</section>')[0]!;
    if (!section.includes('<table')) return;
    const at = (words: string) => section.indexOf(words);
    expect(at('Audiences covered')).toBeGreaterThan(0);
    expect(at('Methods used')).toBeGreaterThan(at('Audiences covered'));
    expect(at('Gaps')).toBeGreaterThan(at('Methods used'));
    expect(at('<table')).toBeGreaterThan(at('Gaps'));
  });
});
