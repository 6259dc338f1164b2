// Role pathways lead with what a practitioner should read first, stay a few phone screens long,
// and narrow to a theme without JavaScript.
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const PHONE = { width: 390, height: 844 };

describe('the health pathway on a 390×844 phone', () => {
  test('shows a briefing within two screens and is at most six screens long', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${site.url}pathways/health/`);
      const firstBriefing = page.locator('[data-gathered="briefings"] li a').first();
      const top = await firstBriefing.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(2 * PHONE.height);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(6 * PHONE.height);
    } finally {
      await page.close();
    }
  });

  test('leads with briefings (seven-minute first), then courses by level, then reviews, each with "See all"', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${site.url}pathways/health/`);
      expect(await page.locator('main h2').allTextContents()).toEqual([expect.stringMatching(/^Read first: briefings/), expect.stringMatching(/^Courses/), expect.stringMatching(/^Reviews/)]);
      expect((await page.locator('[data-gathered="briefings"] li .meta').first().textContent())!.trim()).toMatch(/^7-minute briefing/);
      expect(await page.locator('[data-gathered="courses"] h3').allTextContents()).toEqual(['Foundation (roots)', 'Core (trunk)', 'Specialist (branches)']);
      for (const [section, listing] of [['briefings', '/briefings/sector/health/'], ['reviews', '/reviews/sector/health/'], ['courses', '/pathways/health/courses/']]) {
        const seeAll = page.locator(`[data-gathered="${section}"] .see-all a`);
        const total = Number(/\((\d+)\)/.exec((await page.locator(`[data-gathered="${section}"] h2`).textContent())!)![1]);
        expect(await seeAll.textContent()).toBe(`See all ${total} ${section} for health`);
        expect(await seeAll.getAttribute('href')).toBe(listing);
      }
    } finally {
      await page.close();
    }
  });

  test('"See all reviews" leads to the reviews of the sector: every one of them, and only them', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${site.url}pathways/health/`);
      const total = Number(/\((\d+)\)/.exec((await page.locator('[data-gathered="reviews"] h2').textContent())!)![1]);
      await page.locator('[data-gathered="reviews"] .see-all a').click();
      expect(new URL(page.url()).pathname).toBe('/reviews/sector/health/');
      expect(await page.locator('.listing__count').textContent()).toContain(String(total));
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the theme filter narrows the pathway to one theme and keeps the sector', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}pathways/health/`);
      await page.getByText('Narrow to a theme').click();
      await page.locator('.pathway-filter a', { hasText: 'Neglect' }).click();
      expect(new URL(page.url()).pathname).toBe('/pathways/health/theme/neglect/');
      expect(await page.locator('h1').textContent()).toBe('I work in health: neglect');
      const briefings = await page.locator('[data-gathered="briefings"] li h3').allTextContents();
      expect(briefings).toContain('Seven-minute briefing: neglect, drift and seeing each child');
      expect(briefings).not.toContain('Seven-minute briefing: Child K and coercive control');
    } finally {
      await context.close();
    }
  });
});
