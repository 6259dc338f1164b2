import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../setup/browser.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
const FLAGGED = 'reviews/multi-agency-audit-domestic-abuse-2024/';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(EXAMPLE_OUT);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A page whose requests outside the test server are answered locally and recorded, so the
 * neutral site is never really contacted.
 */
async function openPage(context?: BrowserContext): Promise<{ page: Page; external: string[] }> {
  const page = await (context ?? browser).newPage();
  const external: string[] = [];
  await page.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      external.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
    },
  );
  return { page, external };
}

describe('Exit this page', () => {
  test('the button leaves for the neutral site, and Back does not return to the page', async () => {
    const { page, external } = await openPage();
    try {
      await page.goto(`${server.url}`);
      await page.goto(server.url + FLAGGED);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('link', { name: 'Emergency Exit this page' }).click()]);
      expect(external).toEqual([EXIT_URL]);
      await page.goBack();
      expect(page.url()).not.toContain(FLAGGED);
    } finally {
      await page.close();
    }
  });

  test('pressing Shift three times leaves for the neutral site', async () => {
    const { page, external } = await openPage();
    try {
      await page.goto(server.url + FLAGGED);
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
      await page.goto(server.url + FLAGGED);
      for (const key of ['Shift', 'Shift', 'a', 'Shift']) await page.keyboard.press(key);
      await expect.poll(() => page.locator('[data-exit-this-page-status]').textContent()).toBe('Shift, press 2 more times to exit.');
      expect(page.url()).toBe(server.url + FLAGGED);
      expect(external).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the button is a plain link to the neutral site', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page, external } = await openPage(context);
    try {
      await page.goto(server.url + FLAGGED);
      await Promise.all([page.waitForURL(EXIT_URL), page.getByRole('link', { name: 'Emergency Exit this page' }).click()]);
      expect(external).toEqual([EXIT_URL]);
    } finally {
      await context.close();
    }
  });

  test('a theme page about domestic abuse has the button; a review about neglect does not', async () => {
    const { page } = await openPage();
    try {
      await page.goto(`${server.url}themes/domestic-abuse/`);
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' }).count()).resolves.toBe(1);
      await page.goto(`${server.url}reviews/child-a-2019/`);
      await expect(page.getByRole('link', { name: 'Emergency Exit this page' }).count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });
});
