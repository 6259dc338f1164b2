import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../setup/browser.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

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

describe('the training tree picture', () => {
  test('a course in the picture shows when it has keyboard focus', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}courses/`);
      const fill = () => page.locator('.tree-node').first().locator('rect').evaluate((rect) => getComputedStyle(rect).fill);
      const before = await fill();
      // Tab until the first course in the picture has focus, as a keyboard user would.
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('tree-node'))); i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBeTruthy();
      expect(await fill()).not.toBe(before);
    } finally {
      await page.close();
    }
  });

  test('following a course in the picture opens its page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}courses/`);
      await page.locator('.tree-node[aria-label^="Understanding Neglect"]').click();
      expect(new URL(page.url()).pathname).toBe('/courses/understanding-neglect/');
      expect(await page.locator('h1').textContent()).toBe('Understanding Neglect');
    } finally {
      await page.close();
    }
  });

  test('on a 320 px phone the picture scrolls inside its frame, not the page, and the list needs no scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${server.url}courses/`);
      const frame = await page.locator('.tree-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(frame.scroll).toBeGreaterThan(frame.client);
      expect(await page.locator('.tree-outline').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
