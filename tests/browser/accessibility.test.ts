import { describe, expect, test } from 'vitest';
import { runAxe } from '../setup/browser.ts';
import { countLandmarks, focusStyles, headingLevels, measureScripts, measureScrollWidth, skippedHeadings } from '../setup/page-checks.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

// One page of every template. Later templates add their page here.
const TEMPLATES: Record<string, string> = {
  home: '',
  'review listing': 'reviews/',
  review: 'reviews/child-a-2019/',
  'review filter page': 'reviews/theme/neglect/',
  'review with Exit this page': 'reviews/multi-agency-audit-domestic-abuse-2024/',
  'review with recommendations': 'reviews/child-b-2022/',
  'review with a delayed report': 'reviews/child-d-2025/',

  'review with documents, a content notice and page history': 'reviews/child-b-2022/',
  'briefing with a content notice': 'briefings/safer-sleep-seven-minute-briefing/',
  'briefing listing': 'briefings/',
  'briefing filter page': 'briefings/format/seven-minute/',
  briefing: 'briefings/child-b-seven-minute-briefing/',
  'briefing, text only': 'briefings/child-d-exploitation-seven-minute-briefing/text/',
  'theme listing': 'themes/',
  'theme with Exit this page': 'themes/domestic-abuse/',
  'pathway listing': 'pathways/',
  pathway: 'pathways/health/',
  'pathway narrowed to a theme': 'pathways/health/theme/neglect/',
  'pathway courses': 'pathways/health/courses/',
  page: 'pages/accessibility-statement/',
  'training (course listing)': 'courses/',
  course: 'courses/understanding-neglect/',
  'priority listing': 'priorities/',
  priority: 'priorities/neglect/',
  'newsletter listing': 'newsletters/',
  'search (before a query)': 'search/',

  'newsletter issue': 'newsletters/autumn-2026/',

  'impact (all time)': 'impact/',
  'impact (one reporting year)': 'impact/2025/',
  'dissemination of every review': 'impact/dissemination/',
  'reviews with no briefing yet': 'impact/gaps/',
  'agency listing': 'agencies/',
  agency: 'agencies/northvale-police/',
  '404': 'no-such-page/',
  'worried about a child': 'worried-about-a-child/',
};

const site = serveToBrowser(EXAMPLE_OUT);

describe('every page template passes axe (WCAG 2.2 AA) in Chromium', () => {
  test.each(Object.entries(TEMPLATES))('%s', async (_name, sitePath) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + sitePath);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// Search is the one feature that needs JavaScript; tests/browser/search.test.ts covers it.
const CONTENT_TEMPLATES = Object.entries(TEMPLATES).filter(([, sitePath]) => !sitePath.startsWith('search/'));

describe('no content page template runs JavaScript or calls another site', () => {
  test.each(CONTENT_TEMPLATES)('%s', async (_name, sitePath) => {
    const report = await measureScripts(site.browser, site.url + sitePath);
    expect(report).toEqual({ scripts: [], jsBytes: 0, foreignRequests: [] });
  });
});

describe('every page template fits a 320 CSS px screen without scrolling sideways', () => {
  test.each(Object.entries(TEMPLATES))('%s', async (_name, sitePath) => {
    expect(await measureScrollWidth(site.browser, site.url + sitePath, 320)).toBeLessThanOrEqual(320);
  });
});

describe('every page template has one h1, headings in order, landmarks and visible focus', () => {
  test.each(Object.entries(TEMPLATES))('%s', async (_name, sitePath) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + sitePath);
      const levels = await headingLevels(page);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      expect(skippedHeadings(levels)).toEqual([]);
      expect(await countLandmarks(page)).toMatchObject({ banner: 1, main: 1, contentinfo: 1 });
      expect((await countLandmarks(page)).navigation).toBeGreaterThanOrEqual(1);
      const focus = await focusStyles(page);
      expect(focus.focused, focus.element).not.toBe(focus.unfocused);
    } finally {
      await page.close();
    }
  });
});
