import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from '../setup/browser.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';
import { serveToBrowser } from '../setup/served-site.ts';

// Words from the example content: "handover" is in the Child D review's text only, and
// "extortion" in the online safeguarding course's text only.
const REVIEW_WORD = { word: 'handover', path: 'reviews/child-d-2025/' };
const COURSE_WORD = { word: 'extortion', path: 'courses/online-safeguarding/' };
// On the first query a phone downloads the pagefind script, its WebAssembly, the index chunks
// and the first page of results. Measured on the example site: see README "Search".
const FIRST_QUERY_BUDGET_BYTES = 250_000;

// Searching runs in a worker on a shared, busy machine: wait generously for what a user would see.
const WAIT = { timeout: 20_000 };

const site = serveToBrowser(EXAMPLE_OUT);

async function withPage(run: (page: Page) => Promise<void>, options: { javaScriptEnabled?: boolean } = {}): Promise<void> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  try {
    await run(page);
  } finally {
    await context.close();
  }
}

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] h3 a');
/** The filters appear once pagefind has loaded; before that, Enter submits the form as a plain GET. */
const ready = (page: Page) => page.locator('[data-search-refine-box]').waitFor({ state: 'visible' });
const resultCount = async (page: Page) => Number((await status(page).textContent())?.match(/^(\d+) results?/)?.[1] ?? 0);

async function search(page: Page, words: string): Promise<void> {
  await ready(page);
  await page.getByLabel('Search reviews, briefings, courses and more').fill(words);
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page).textContent(), WAIT).toContain(`for “${words}”`);
}

describe('the search page', () => {
  test.each([REVIEW_WORD, COURSE_WORD])('finds the page that mentions “$word”', async ({ word, path }) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await search(page, word);
      const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain(`/${path}`);
    });
  });

  test('a word only a PDF report holds finds its review once, with the report as a sub-result, under the review\'s own filters', async () => {
    // make-example-pdfs writes a document reference into each report and nowhere else.
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=nscpchildb2022`);
      await expect.poll(() => status(page).textContent(), WAIT).toBe('1 result for “nscpchildb2022”');
      expect(await resultLinks(page).getAttribute('href')).toBe('/reviews/child-b-2022/');
      const report = page.locator('[data-search-results] .search-sub-result');
      expect(await report.getByRole('link', { name: 'Found in the report' }).getAttribute('href')).toBe('/reviews/child-b-2022/#documents');
      expect(await report.locator('mark').first().textContent()).toBe('nscpchildb2022');
      // The report text carries the review's filters: kind, theme, year and sector keep it.
      await page.goto(`${site.url}search/?q=nscpchildb2022&kind=Local+child+safeguarding+practice+review&year=2022&sector=Health`);
      await expect.poll(() => status(page).textContent(), WAIT).toBe('1 result for “nscpchildb2022” with 3 filters');
    });
  });

  test.each([
    ['health visitor neglect', '/briefings/neglect-seven-minute-briefing/'],
    ['designated safeguarding lead exploitation', '/briefings/child-d-exploitation-seven-minute-briefing/'],
  ])('a role and a topic (“%s”) find the topic\'s briefing for that role', async (words, briefing) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(words)}`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      const hrefs = await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(0, 5)).toContain(briefing);
      // The hidden list of roles is never shown as the excerpt.
      for (const excerpt of await page.locator('.search-excerpt').allTextContents()) expect(excerpt).not.toMatch(/midwife, GP|DSL, deputy DSL/);
    });
  });

  test('the Sector filter keeps reviews: they take the sectors of their agencies', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=neglect&type=Review&sector=Health`);
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/with 2 filters$/);
      expect(await resultCount(page)).toBeGreaterThan(0);
    });
  });

  test('on a 390×844 phone the first result shows on the first screen, the filters behind a toggle', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}search/?q=neglect&type=Review`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      const first = (await resultLinks(page).first().boundingBox())!;
      expect(first.y + first.height).toBeLessThanOrEqual(844);
      expect(await page.locator('summary', { hasText: 'Content type' }).isVisible()).toBe(false);
      const toggle = page.locator('.search-refine-toggle');
      expect(await toggle.textContent()).toBe('Filters (1 active)');
      await toggle.click();
      expect(await page.locator('summary', { hasText: 'Content type' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('"Clear filters" shows while a filter is chosen and takes every filter off', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=neglect&type=Review&year=2023`);
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/with 2 filters$/);
      const clear = page.getByRole('button', { name: 'Clear filters' });
      await clear.click();
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^\d+ results for “neglect”$/);
      expect(new URL(page.url()).search).toBe('?q=neglect');
      expect(await page.locator('[data-search-filters] input:checked').count()).toBe(0);
      expect(await clear.isVisible()).toBe(false);
    });
  });

  test('a filter value that would give no results is not offered', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=nscpchildb2022`);
      await expect.poll(() => resultCount(page), WAIT).toBe(1);
      const counts = await page.locator('[data-search-filters] .checkbox:not([hidden]) .search-filter-count').allTextContents();
      expect(counts.length).toBeGreaterThan(0);
      expect(counts).not.toContain('(0)');
      // Content type offers Review only: the one result is a review.
      await page.locator('summary', { hasText: 'Content type' }).click();
      expect(await page.locator('[data-filter="type"] .checkbox:visible label').allTextContents()).toEqual(['Review (1)']);
    });
  });

  test('shows ten results at a time, and “Show more results” moves to the first new one', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=safeguarding`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(10);
      expect(await resultLinks(page).count()).toBe(10);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => resultLinks(page).count(), WAIT).toBeGreaterThan(10);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await resultLinks(page).nth(10).textContent());
      await page.goto(`${site.url}search/?q=${REVIEW_WORD.word}`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Show more results' }).isVisible()).toBe(false);
    });
  });

  test('a linked query (/search/?q=neglect) shows its results on load', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=neglect`);
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^\d+ results for “neglect”$/);
      expect(await page.getByLabel('Search reviews, briefings, courses and more').inputValue()).toBe('neglect');
      expect(await resultLinks(page).count()).toBeGreaterThan(0);
    });
  });

  test('choosing a filter narrows the results, says so and puts it in the address', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=neglect`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      const before = await resultCount(page);
      await page.locator('summary', { hasText: 'Content type' }).click();
      await page.getByRole('checkbox', { name: /^Course \(\d+\)$/ }).check();
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/with 1 filter$/);
      const after = await resultCount(page);
      expect(after).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
      expect(new URL(page.url()).search).toBe('?q=neglect&type=Course');
      const types = await page.locator('[data-search-results] .meta').allTextContents();
      expect(types.every((t) => t.startsWith('Course'))).toBe(true);
      // Types are alternatives: Review still shows how many reviews it would add, and adds them.
      const review = page.getByRole('checkbox', { name: /^Review \(\d+\)$/ });
      const reviews = Number((await review.evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent))?.match(/\((\d+)\)/)?.[1]);
      expect(reviews).toBeGreaterThan(0);
      await review.check();
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/with 2 filters$/);
      expect(await resultCount(page)).toBe(after + reviews);
    });
  });

  test('a word only one entry uses finds that entry alone, not the theme, priority and course pages that list it', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=mutilation`);
      await expect.poll(() => status(page).textContent(), WAIT).toBe('1 result for “mutilation”');
      expect(await resultLinks(page).getAttribute('href')).toBe('/courses/female-genital-mutilation/');
    });
  });

  test.each(['neglect', 'exploitation', 'domestic abuse'])('pages with “%s” in their title rank above pages that only mention it', async (word) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=${word}`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(1);
      const inTitle = (await resultLinks(page).allTextContents()).map((t) => new RegExp(word, 'i').test(t));
      expect(inTitle[0]).toBe(true);
      expect(inTitle.includes(false)).toBe(true);
      expect(inTitle.lastIndexOf(true)).toBeLessThan(inTitle.indexOf(false));
    });
  });

  test('works with the keyboard alone: type, open a filter, tick it, follow a result', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await ready(page);
      await page.getByLabel('Search reviews, briefings, courses and more').focus();
      await page.keyboard.type('neglect');
      await page.keyboard.press('Enter');
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      await page.keyboard.press('Tab'); // the Search button
      await page.keyboard.press('Tab'); // the first filter's summary
      await page.keyboard.press('Enter'); // open it
      await page.keyboard.press('Tab'); // its first checkbox
      await page.keyboard.press('Space');
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/with 1 filter$/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
      await page.locator('[data-search-results] a').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
    });
  });

  test('passes axe (WCAG 2.2 AA) with results and filters showing', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/?q=neglect&type=Review`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      await page.locator('details.search-filter').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      expect(await runAxe(page)).toEqual([]);
    });
  });

  test('without JavaScript the page says search needs it and links to the listings', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${site.url}search/?q=neglect`);
        await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
        const links = await page.locator('[data-search-fallback] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(links).toEqual(expect.arrayContaining(['/reviews/', '/briefings/', '/themes/']));
        expect(await page.locator('[data-search-refine]').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });

  test('a first query downloads little, and only from this site', async () => {
    await withPage(async (page) => {
      const sizes: { url: string; bytes: number }[] = [];
      page.on('response', async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        sizes.push({ url: response.url(), bytes: body.length });
      });
      await page.goto(`${site.url}search/?q=neglect`);
      await expect.poll(() => resultCount(page), WAIT).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      const searchBytes = sizes.filter((s) => s.url.includes('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0);
      console.log(`first query for “neglect”: ${searchBytes} bytes from /pagefind/ in ${sizes.filter((s) => s.url.includes('/pagefind/')).length} files`);
      expect(searchBytes).toBeGreaterThan(0);
      expect(searchBytes).toBeLessThan(FIRST_QUERY_BUDGET_BYTES);
      expect(sizes.filter((s) => !s.url.startsWith(site.url))).toEqual([]);
    });
  });
});

describe('the search page under a strict Content-Security-Policy', () => {
  // What a host should send for /search/: no inline script, and WebAssembly allowed to compile.
  const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'";
  let strict: StaticServer;
  beforeAll(async () => {
    strict = await serveStatic(EXAMPLE_OUT, { headers: { 'Content-Security-Policy': CSP } });
  });
  afterAll(() => strict?.close());

  test('runs with no inline script and no CSP violation', async () => {
    await withPage(async (page) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`${strict.url}search/?q=${REVIEW_WORD.word}`);
      await expect.poll(() => status(page).textContent(), WAIT).toMatch(/^\d+ results? for/);
      expect(await page.locator('script:not([src])').count()).toBe(0);
      expect(violations).toEqual([]);
    });
  });
});

describe('pages other than search', () => {
  test('a content page has no script and its search link is a plain link to /search/', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}${REVIEW_WORD.path}`);
      // Exit this page is the one script a content page may carry (on pages about abuse).
      expect(await page.locator('script:not([type="application/ld+json"]):not([src*="exit-this-page"])').count()).toBe(0);
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).getAttribute('href')).toBe('/search/');
    });
  });
});
