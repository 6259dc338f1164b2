// A repository of 150 reviews, 150 briefings and 240 courses (the benchmark's generated corpus):
// the pages that gather entries (themes, priorities, agencies, the impact pages, the training
// tree, a sector's courses) show a capped list and "See all N" leads to a listing that has all
// N, so they stay the same size however many entries there are. LIST_CAP is small enough that
// 150 entries exceed it on every such page, and 240 courses are more than the tree draws.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { parse } from 'yaml';
import { LIST_CAP, PAGE_SIZE } from '../../src/lib/pagination.ts';
import { PATHWAY_LIMITS } from '../../src/lib/rules/pathway.ts';
import { TREE_CAP } from '../../src/lib/rules/training-overview.ts';
import { runAxe } from '../setup/browser.ts';
import { headingLevels, measureScrollWidth, skippedHeadings } from '../setup/page-checks.ts';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-scale-'));
const out = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  writeCorpus({ n: 150, courses: 240, dir: path.join(work, 'content'), exampleDir: path.join(ROOT, 'content') });
  // An issue covering the busiest years, so it gathers more reviews and briefings than it shows.
  writeFileSync(
    path.join(work, 'content/newsletters/bench-newsletter-wide.mdx'),
    '---\ntitle: Learning newsletter, the busy years\nsummary: Everything published in the busiest three years.\npublished: 2025-01-01\nperiod:\n  from: 2022-01-01\n  to: 2024-12-31\n---\n\nAn issue for the scale test.\n',
  );
  const run = runBuild(out, { CASCADE_CONTENT: path.join(work, 'content'), CASCADE_CACHE_DIR: path.join(work, 'cache'), CASCADE_CARD_CACHE: path.join(work, 'cards') });
  expect(run.status, run.output.slice(-3000)).toBe(0);
});

// After the build: the cut training page and the lists behind it, in Chromium.
const served = serveToBrowser(out);

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

  test('every theme, priority, agency, impact, newsletter, pathway and training page is under 200 KB of HTML', () => {
    const coursePages = ['courses/', ...(existsSync(path.join(out, 'courses/level')) ? pagesUnder('courses/level').flatMap(listingPages) : []), ...pagesUnder('pathways').filter((p) => existsSync(path.join(out, p, 'courses'))).flatMap((p) => listingPages(`${p}courses/`))];
    expect(coursePages.length).toBeGreaterThan(10);
    for (const sitePath of [...gatheringPages(), ...pagesUnder('agencies'), 'impact/', ...pagesUnder('impact').filter((p) => /^impact\/\d{4}\/$/.test(p)), ...pagesUnder('newsletters'), ...pagesUnder('pathways'), ...pagesUnder('pathways').flatMap((p) => (existsSync(path.join(out, p, 'theme')) ? pagesUnder(`${p}theme`) : [])), ...coursePages]) {
      expect(statSync(path.join(out, sitePath, 'index.html')).size, sitePath).toBeLessThanOrEqual(200 * 1024);
    }
  });
});

/** A paginated listing's pages: its first page, then /2/, /3/… while they exist. */
const listingPages = (first: string) => {
  const pages = [first];
  while (existsSync(path.join(out, first, String(pages.length + 1), 'index.html'))) pages.push(`${first}${pages.length + 1}/`);
  return pages;
};
/** The courses a piece of a page links to, in order. */
const linkedCourses = (text: string) => [...text.matchAll(/<a href="\/courses\/(bench-course-\d+)\/"/g)].map((m) => m[1]!);
/** The courses a page links to in its main content, in order. */
const courseLinks = (page: string) => linkedCourses(page.slice(page.indexOf('<main'), page.indexOf('</main>')));
/** Every course of the corpus with its prerequisites, from the files an editor would write. */
const corpusCourses = () => {
  const dir = path.join(work, 'content/courses');
  return new Map(readdirSync(dir).map((f) => [f.replace(/\.mdx$/, ''), (parse(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1]!) as { prerequisites?: string[] }).prerequisites ?? []]));
};
/** The public courses: those with a page. */
const publicCourses = () => new Set(pagesUnder('courses').map((p) => p.split('/')[1]!).filter((slug) => slug.startsWith('bench-course-')));

describe('the training tree and a sector’s courses do not grow with the courses', () => {
  test('the training page draws part of a big tree, and its lines are exactly the prerequisites between the courses it draws', () => {
    const page = html('courses/');
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
    const drawn = new Set([...svg.matchAll(/<a href="\/courses\/([^/"]+)\/" class="tree-node/g)].map((m) => m[1]!));
    const shown = publicCourses();
    expect(shown.size).toBeGreaterThan(200);
    expect(drawn.size).toBeGreaterThan(10);
    expect(drawn.size).toBeLessThan(shown.size);
    expect(page).toContain(`We run ${shown.size} courses, too many for one picture`);
    const lines = [...svg.matchAll(/data-from="([^"]+)" data-to="([^"]+)"/g)].map((m) => `${m[1]} → ${m[2]}`).sort();
    const prerequisites = corpusCourses();
    const expected = [...drawn].flatMap((slug) => prerequisites.get(slug)!.filter((p) => drawn.has(p)).map((p) => `${p} → ${slug}`)).sort();
    expect(lines.length).toBeGreaterThan(10);
    expect(lines).toEqual(expected);
  });

  test('the tree written out as a list names the same courses in at most TREE_CAP lines, and each course’s prerequisites the picture leaves out', () => {
    const page = html('courses/');
    const list = page.slice(page.indexOf('id="training-tree-list"'), page.indexOf('id="next-sessions"'));
    const items = [...list.matchAll(/<a href="\/courses\/([^/"]+)\/">[^<]*<\/a> <span class="meta">(.*?)<\/span>/g)].map((m) => ({ slug: m[1]!, alsoNeeds: [...m[2]!.matchAll(/data-also-needs="([^"]+)"/g)].map((a) => a[1]!) }));
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
    const drawn = new Set([...svg.matchAll(/<a href="\/courses\/([^/"]+)\/" class="tree-node/g)].map((m) => m[1]!));
    expect(items.length).toBeLessThanOrEqual(TREE_CAP);
    expect(new Set(items.map((i) => i.slug))).toEqual(drawn);
    const prerequisites = corpusCourses();
    const shown = publicCourses();
    let named = 0;
    for (const item of items) {
      const missing = prerequisites.get(item.slug)!.filter((p) => shown.has(p) && !drawn.has(p));
      named += item.alsoNeeds.length;
      expect(item.alsoNeeds, item.slug).toEqual(missing);
    }
    expect(named).toBeGreaterThan(0);
  });

  test('each level lists at most LIST_CAP courses, "See all" leads to every course of that level, and every course is reached', () => {
    const page = html('courses/');
    const links = seeAll(page);
    expect(links.map((l) => l.what)).toEqual(['foundation courses', 'core courses', 'specialist courses']);
    const reached = new Set<string>();
    for (const link of links) {
      const level = /^courses\/level\/([a-z]+)\/$/.exec(link.target)?.[1];
      expect(level, link.target).toBeDefined();
      const section = new RegExp(`<section aria-labelledby="level-${level}">[\\s\\S]*?</section>`).exec(page)![0];
      expect(linkedCourses(section).length).toBe(LIST_CAP);
      expect(listingTotal(link.target), link.target).toBe(link.count);
      const listed = listingPages(link.target).flatMap((p) => courseLinks(html(p)));
      expect(listed.length, link.target).toBe(link.count);
      expect(new Set(listed).size, link.target).toBe(link.count);
      listed.forEach((slug) => reached.add(slug));
    }
    expect(listingPages('courses/level/specialist/').length).toBeGreaterThan(1);
    expect(reached).toEqual(publicCourses());
  });

  test('a sector’s courses are PAGE_SIZE a page, and its pathway’s "See all" leads to exactly that many', () => {
    let paged = 0;
    for (const sitePath of pagesUnder('pathways')) {
      const link = seeAll(html(sitePath)).find((l) => l.target === `${sitePath}courses/`);
      if (!link) continue;
      expect(listingTotal(link.target), link.target).toBe(link.count);
      const pages = listingPages(link.target);
      if (pages.length > 1) paged += 1;
      const listed = pages.map((p) => courseLinks(html(p)));
      for (const courses of listed) expect(courses.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(new Set(listed.flat()).size, link.target).toBe(link.count);
    }
    expect(paged).toBeGreaterThan(3);
  });
});

describe('the cut training page and the course lists behind it pass axe (WCAG 2.2 AA) and fit a 320 px screen', () => {
  test.each(['courses/', 'courses/level/specialist/2/', 'pathways/health/courses/2/'])('%s', async (sitePath) => {
    const page = await served.browser.newPage();
    try {
      await page.goto(served.url + sitePath);
      expect(await runAxe(page)).toEqual([]);
      const levels = await headingLevels(page);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(skippedHeadings(levels)).toEqual([]);
    } finally {
      await page.close();
    }
    expect(await measureScrollWidth(served.browser, served.url + sitePath, 320)).toBeLessThanOrEqual(320);
  });
});
