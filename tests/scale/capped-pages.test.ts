// A repository of 150 reviews and 150 briefings (the benchmark's generated corpus): the pages
// that gather entries (themes, priorities, agencies, the impact pages) show a capped list and
// "See all N" leads to a listing that has all N, so they stay the same size however many
// entries there are. LIST_CAP is small enough that 150 entries exceed it on every such page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { LIST_CAP } from '../../src/lib/pagination.ts';
import { PATHWAY_LIMITS } from '../../src/lib/rules/pathway.ts';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-scale-'));
const out = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  writeCorpus({ n: 150, dir: path.join(work, 'content'), exampleDir: path.join(ROOT, 'content') });
  // An issue covering the busiest years, so it gathers more reviews and briefings than it shows.
  writeFileSync(
    path.join(work, 'content/newsletters/bench-newsletter-wide.mdx'),
    '---\ntitle: Learning newsletter, the busy years\nsummary: Everything published in the busiest three years.\npublished: 2025-01-01\nperiod:\n  from: 2022-01-01\n  to: 2024-12-31\n---\n\nAn issue for the scale test.\n',
  );
  const run = runBuild(out, { CASCADE_CONTENT: path.join(work, 'content'), CASCADE_CACHE_DIR: path.join(work, 'cache'), CASCADE_CARD_CACHE: path.join(work, 'cards') });
  expect(run.status, run.output.slice(-3000)).toBe(0);
});

const html = (sitePath: string) => readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
const pagesUnder = (folder: string) => readdirSync(path.join(out, folder), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(out, folder, d.name, 'index.html'))).map((d) => `${folder}/${d.name}/`);
/** The items of the list in the section marked data-gathered="<kind>". */
const gathered = (page: string, kind: string) => (new RegExp(`data-gathered="${kind}"[\\s\\S]*?</section>`).exec(page)?.[0] ?? '').match(/<li[\s>]/g)?.length ?? 0;
/** Each "See all N …" link on a page: where it goes and the N it promises. */
const seeAll = (page: string) => [...page.matchAll(/<a href="\/([^"]*)">See all (\d+) ([^<]*)<\/a>/g)].map((m) => ({ target: m[1]!, count: Number(m[2]), what: m[3]! }));
/** How many entries a listing holds in all, from its first page. */
const listingTotal = (target: string) => {
  const page = html(target);
  const total = /data-listing-total="(\d+)"/.exec(page)?.[1] ?? /(\d+) in all, most days overdue first/.exec(page)?.[1];
  return Number(total);
};

const gatheringPages = () => [...pagesUnder('themes'), ...pagesUnder('priorities')];

describe('pages that gather entries do not grow with the repository', () => {
  test('theme and priority pages list at most LIST_CAP reviews and briefings, and link to all of them', () => {
    const pages = gatheringPages();
    expect(pages.length).toBeGreaterThan(10);
    let capped = 0;
    for (const sitePath of pages) {
      const page = html(sitePath);
      for (const kind of ['reviews', 'briefings']) expect(gathered(page, kind), `${sitePath} ${kind}`).toBeLessThanOrEqual(LIST_CAP);
      for (const link of seeAll(page)) {
        capped += 1;
        expect(link.count, `${sitePath} → ${link.target}`).toBeGreaterThan(LIST_CAP);
        expect(listingTotal(link.target), `${sitePath} → ${link.target}`).toBe(link.count);
      }
    }
    expect(capped).toBeGreaterThan(10);
  });

  test('the impact, year and agency pages show the most overdue few and the newest reviews’ dissemination, and link to all of them (and to all an agency’s reviews)', () => {
    const pages = ['impact/', ...pagesUnder('impact').filter((p) => /^impact\/\d{4}\/$/.test(p)), ...pagesUnder('agencies')];
    let capped = 0;
    for (const sitePath of pages) {
      const page = html(sitePath);
      expect((page.match(/class="overdue-item"/g) ?? []).length, sitePath).toBeLessThanOrEqual(LIST_CAP);
      const dissemination = /<table class="dissemination[\s\S]*?<\/tbody>/.exec(page)?.[0] ?? '';
      expect((dissemination.match(/<th scope="row"/g) ?? []).length, sitePath).toBeLessThanOrEqual(LIST_CAP);
      const gaps = /no briefing yet<\/h3>[\s\S]*?<\/ul>/.exec(page)?.[0] ?? '';
      expect((gaps.match(/<li>/g) ?? []).length, sitePath).toBeLessThanOrEqual(LIST_CAP);
      const others = /that are not overdue: open ones[\s\S]*?<\/tbody>/.exec(page)?.[0] ?? '';
      expect((others.match(/<tr>/g) ?? []).length - 1, sitePath).toBeLessThanOrEqual(LIST_CAP);
      for (const link of seeAll(page)) {
        capped += 1;
        expect(listingTotal(link.target), `${sitePath} → ${link.target}`).toBe(link.count);
      }
    }
    expect(capped).toBeGreaterThan(5);
    expect(seeAll(html('impact/')).map((link) => link.target)).toEqual(expect.arrayContaining(['impact/dissemination/', 'impact/gaps/']));
    expect(pagesUnder('agencies').flatMap((p) => seeAll(html(p)).map((link) => link.target)).filter((t) => /^agencies\/[^/]+\/recommendations\/$/.test(t)).length).toBeGreaterThan(0);
  });

  test('newsletter issues show the newest few of each list they gather, and link to all of them', () => {
    let capped = 0;
    for (const sitePath of pagesUnder('newsletters')) {
      const page = html(sitePath);
      for (const kind of ['reviews', 'briefings', 'courses']) expect(gathered(page, kind), `${sitePath} ${kind}`).toBeLessThanOrEqual(LIST_CAP);
      for (const link of seeAll(page)) {
        capped += 1;
        expect(link.target, sitePath).toMatch(new RegExp(`^${sitePath}(reviews|briefings|courses)/$`));
        expect(listingTotal(link.target), `${sitePath} → ${link.target}`).toBe(link.count);
      }
    }
    expect(capped).toBeGreaterThanOrEqual(2);
    const email = readFileSync(path.join(out, 'newsletters/bench-newsletter-wide/email.txt'), 'utf8');
    expect(email).toMatch(/See all \d+ reviews in this issue:\n\S+\/newsletters\/bench-newsletter-wide\/reviews\//);
  });

  test('a pathway narrowed to a theme shows a few of each list and links to all of them', () => {
    const pages = pagesUnder('pathways').flatMap((p) => (existsSync(path.join(out, p, 'theme')) ? pagesUnder(`${p}theme`) : []));
    expect(pages.length).toBeGreaterThan(10);
    let capped = 0;
    for (const sitePath of pages) {
      const page = html(sitePath);
      expect(gathered(page, 'briefings'), sitePath).toBeLessThanOrEqual(PATHWAY_LIMITS.briefings);
      expect(gathered(page, 'reviews'), sitePath).toBeLessThanOrEqual(PATHWAY_LIMITS.reviews);
      for (const link of seeAll(page)) {
        capped += 1;
        expect(link.target, sitePath).toMatch(new RegExp(`^${sitePath}(briefings|courses|reviews)/$`));
        expect(listingTotal(link.target), `${sitePath} → ${link.target}`).toBe(link.count);
      }
    }
    expect(capped).toBeGreaterThan(10);
  });

  test('every theme, priority, agency, impact, newsletter and pathway page is under 200 KB of HTML', () => {
    for (const sitePath of [...gatheringPages(), ...pagesUnder('agencies'), 'impact/', ...pagesUnder('impact').filter((p) => /^impact\/\d{4}\/$/.test(p)), ...pagesUnder('newsletters'), ...pagesUnder('pathways').flatMap((p) => (existsSync(path.join(out, p, 'theme')) ? pagesUnder(`${p}theme`) : []))]) {
      expect(statSync(path.join(out, sitePath, 'index.html')).size, sitePath).toBeLessThanOrEqual(200 * 1024);
    }
  });
});
