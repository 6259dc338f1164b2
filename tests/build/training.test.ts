import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { LEAK_CHECK_TRACE, unpublishedEntries } from '../setup/leak-fixtures.ts';
import { BUILD_DATE, EXAMPLE_OUT } from '../setup/paths.ts';

const files = listFiles(EXAMPLE_OUT);
const html = (file: string) => readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
const linksIn = (text: string) => [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const pagesUnder = (dir: string) => files.filter((f) => new RegExp(`^${dir}/[^/]+/index\\.html$`).test(f)).map((f) => f.split('/')[1]!);
const courses = pagesUnder('courses');
const priorities = pagesUnder('priorities');
// What main holds, so the site menu and footer do not count as cross-links.
const mainOf = (text: string) => text.slice(text.indexOf('<main'), text.indexOf('</main>'));

describe('the training tree', () => {
  const page = html('courses/index.html');
  const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));

  test('the picture has a link with a name for every public course, and a title and description', () => {
    expect(courses.length).toBeGreaterThan(10);
    for (const slug of courses) expect(svg, slug).toMatch(new RegExp(`<a href="/courses/${slug}/"[^>]* aria-label="[^"]+"`));
    expect(svg).toMatch(/<title id="training-tree-title">/);
    expect(svg).toMatch(/aria-describedby="training-tree-desc"/);
  });

  test('the nested list names every public course too', () => {
    const list = page.slice(page.indexOf('id="training-tree-list"'));
    for (const slug of courses) expect(list, slug).toContain(`href="/courses/${slug}/"`);
  });

  test('no unpublished course appears in the tree: not the fixtures, nor the example’s draft and embargoed courses', () => {
    expect(page).not.toMatch(LEAK_CHECK_TRACE);
    for (const slug of ['safeguarding-at-transition', 'online-harms-the-basics']) expect(page).not.toContain(`/courses/${slug}/`);
    expect(page).not.toContain('Preparing for Adulthood');
    expect(page).not.toContain('Online Harms: the Basics');
  });
});

describe('course pages', () => {
  test('a prerequisite that is not published is not linked, and a published one is', () => {
    // Online Safeguarding names Online Harms: the Basics, embargoed until 11 January 2027.
    const page = mainOf(html('courses/online-safeguarding/index.html'));
    expect(page).toContain('href="/courses/information-sharing/"');
    expect(page).not.toContain('online-harms-the-basics');
    expect(page).not.toContain('Online Harms: the Basics');
  });

  test('only sessions from the build date on are shown, in the page and its JSON-LD', () => {
    const page = html('courses/child-protection-basic-awareness/index.html');
    const times = [...mainOf(page).matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})(T\d\d:\d\d)?"/g)];
    const dates = times.map((m) => m[1]!);
    // Every session of this course has its times, in the page and in the JSON-LD.
    expect(times.every((m) => m[2])).toBe(true);
    // The course also ran on 2026-09-22, before the build date.
    expect(dates).not.toContain('2026-09-22');
    expect(dates.slice(0, 3)).toEqual(['2026-12-08', '2027-01-19', '2027-03-16']);
    expect([...dates].sort()).toEqual(dates);
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    expect(json['@type']).toBe('Course');
    expect(json.hasCourseInstance.map((i: { startDate: string }) => i.startDate.slice(0, 10))).toEqual(dates);
    expect(json.hasCourseInstance[0].startDate).toMatch(/^2026-12-08T\d\d:\d\d:00\+00:00$/);
    expect(dates.every((d) => d >= BUILD_DATE)).toBe(true);
  });

  test('duration is written in words', () => {
    expect(mainOf(html('courses/understanding-neglect/index.html'))).toContain('6 hours');
  });
});

describe('courses and priorities link both ways', () => {
  test.each(courses)('each priority course %s names lists the course back', (slug) => {
    for (const link of linksIn(mainOf(html(`courses/${slug}/index.html`))).filter((l) => l.startsWith('/priorities/'))) {
      expect(linksIn(mainOf(html(`${link.slice(1)}index.html`))), `${link} should list /courses/${slug}/`).toContain(`/courses/${slug}/`);
    }
  });

  test.each(priorities)('each course, briefing and review on priority %s is a page that names it back', (slug) => {
    const learning = linksIn(mainOf(html(`priorities/${slug}/index.html`))).filter((l) => /^\/(courses|briefings|reviews)\/[^/]+\/$/.test(l));
    for (const link of learning) {
      expect(files, link).toContain(`${link.slice(1)}index.html`);
      if (link.startsWith('/courses/')) expect(linksIn(mainOf(html(`${link.slice(1)}index.html`))), `${link} should name /priorities/${slug}/`).toContain(`/priorities/${slug}/`);
    }
  });

  test('the cross-links exist at all', () => {
    const neglect = linksIn(mainOf(html('priorities/neglect/index.html')));
    expect(neglect).toContain('/courses/understanding-neglect/');
    expect(neglect.some((l) => l.startsWith('/briefings/'))).toBe(true);
    expect(neglect.some((l) => l.startsWith('/reviews/'))).toBe(true);
  });

  test('no page links to an unpublished entry', () => {
    const unpublished = unpublishedEntries().map(({ collection, slug }) => `/${collection}/${slug}/`);
    expect(unpublished).toContain('/courses/online-harms-the-basics/');
    const leaks = files.filter((f) => f.endsWith('.html')).filter((f) => linksIn(html(f)).some((l) => unpublished.some((u) => l.includes(u))));
    expect(leaks).toEqual([]);
  });
});

describe('the priorities listing', () => {
  test('current and previous priorities are listed apart, each with its period', () => {
    const page = mainOf(html('priorities/index.html'));
    expect(page).toMatch(/<h2 id="current">Current priorities<\/h2>/);
    expect(page).toMatch(/April 2024 to March 2027/);
  });
});
