import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);

describe('the training tree picture', () => {
  test('a course in the picture shows when it has keyboard focus', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
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
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}courses/`);
      await page.locator('.tree-node[aria-label^="Understanding Neglect"]').click();
      expect(new URL(page.url()).pathname).toBe('/courses/understanding-neglect/');
      expect(await page.locator('h1').textContent()).toBe('Understanding Neglect');
    } finally {
      await page.close();
    }
  });

  test('on a 320 px phone the picture scrolls inside its frame, not the page, and the list needs no scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${site.url}courses/`);
      const frame = await page.locator('.tree-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(frame.scroll).toBeGreaterThan(frame.client);
      expect(await page.locator('.tree-outline').first().evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
