import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
const FLAGGED = 'reviews/multi-agency-audit-domestic-abuse-2024/';

// Served with no headers at all, as GitHub Pages serves it: what the pages say must be enough.
const site = serveToBrowser(EXAMPLE_OUT);

/**
 * A page whose requests outside the test server are answered locally and recorded (with the
 * Referer each carried), so the neutral site is never really contacted.
 */
async function openPage(context?: BrowserContext): Promise<{ page: Page; external: string[]; referrers: (string | undefined)[] }> {
  const page = await (context ?? site.browser).newPage();
  const external: string[] = [];
  const referrers: (string | undefined)[] = [];
  await page.route(
    (url) => !url.href.startsWith(site.url),
    async (route) => {
      external.push(route.request().url());
      referrers.push((await route.request().allHeaders()).referer);
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
    },
  );
  return { page, external, referrers };
}

describe('Exit this page', () => {
  test('the button leaves for the neutral site, and Back does not return to the page', async () => {
    const { page, external } = await openPage();
    try {
      await page.goto(`${site.url}`);
      await page.goto(site.url + FLAGGED);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('link', { name: 'Emergency Exit this page' }).click()]);
      expect(external).toEqual([EXIT_URL]);
      await page.goBack();
      expect(page.url()).not.toContain(FLAGGED);
    } finally {
      await page.close();
    }
  });

  test('tells the neutral site nothing of the page it left, by the button or by Shift, on a host that sends no headers', async () => {
    const { page, external, referrers } = await openPage();
    try {
      await page.goto(site.url + FLAGGED);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('link', { name: 'Emergency Exit this page' }).click()]);
      await page.goto(site.url + FLAGGED);
      for (const key of ['Shift', 'Shift']) await page.keyboard.press(key);
      await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);
      expect(external).toEqual([EXIT_URL, EXIT_URL]);
      expect(referrers).toEqual([undefined, undefined]);
    } finally {
      await page.close();
    }
  });

  test('pressing Shift three times leaves for the neutral site', async () => {
    const { page, external } = await openPage();
    try {
      await page.goto(site.url + FLAGGED);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await Promise.all([page.waitForURL(EXIT_URL), page.keyboard.press('Shift')]);
      expect(external).toEqual([EXIT_URL]);
    } finally {
      await page.close();
    }
  });

  test('another key between the Shift presses starts the count again', async () => {
    const { page, external } = await openPage();
    try {
      await page.goto(site.url + FLAGGED);
      for (const key of ['Shift', 'Shift', 'a', 'Shift']) await page.keyboard.press(key);
      await expect.poll(() => page.locator('[data-exit-this-page-status]').textContent()).toBe('Shift, press 2 more times to exit.');
      expect(page.url()).toBe(site.url + FLAGGED);
      expect(external).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the button is a plain link to the neutral site', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const { page, external } = await openPage(context);
    try {
      await page.goto(site.url + FLAGGED);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('link', { name: 'Emergency Exit this page' }).click()]);
      expect(external).toEqual([EXIT_URL]);
    } finally {
      await context.close();
    }
  });

  test('a theme page about domestic abuse has the button; a review about neglect does not', async () => {
    const { page } = await openPage();
    try {
      await page.goto(`${site.url}themes/domestic-abuse/`);
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' }).count()).resolves.toBe(1);
      await page.goto(`${site.url}reviews/child-a-2019/`);
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' }).count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('Exit this page never hides what the reader is looking at', () => {
  /** How far the element's top lies below the bar's bottom (negative: hidden under the bar). */
  const clearance = (page: Page, selector?: string) =>
    page.evaluate((sel) => {
      const bar = document.querySelector('[data-exit-this-page]')!.getBoundingClientRect();
      const el = sel ? document.querySelector(sel)! : document.activeElement!;
      return { clearance: Math.round(el.getBoundingClientRect().top - bar.bottom), element: el.outerHTML.slice(0, 80) };
    }, selector);

  test.each([320, 390, 1366])('at %i px a jump to #documents lands below the bar', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 844 } });
    try {
      await page.goto(`${site.url}${FLAGGED}#documents`);
      expect((await clearance(page, '#documents')).clearance).toBeGreaterThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  test.each([390, 1366])('at %i px every link reached with Shift+Tab from the end of the page shows below the bar', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 844 } });
    try {
      await page.goto(site.url + FLAGGED);
      // Start at the foot of the page and move back through every link, as a keyboard user would.
      await page.locator('footer a').last().focus();
      const hidden: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Shift+Tab');
        const inBar = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-exit-this-page]')));
        if (inBar) break;
        const { clearance: gap, element } = await clearance(page);
        if (gap < 0) hidden.push(`${element} (${gap} px)`);
      }
      expect(hidden).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
