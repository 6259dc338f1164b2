// Small things users notice: a favicon, the partnership's name and address on every printed
// page, and a Print button on briefings that the page does without.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from 'unpdf';
import { parse } from 'yaml';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const partnership = parse(readFileSync(path.join(ROOT, 'content/partnership.yaml'), 'utf8'));
const BRIEFING = 'briefings/child-b-seven-minute-briefing/';

describe('the favicon', () => {
  test('every page links an icon drawn in the partnership’s colours', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBe('/favicon.svg');
      const response = await page.goto(site.url + icon!.slice(1));
      expect(response!.headers()['content-type']).toBe('image/svg+xml');
      expect(await response!.text()).toContain(`fill="${partnership.colours.brand}"`);
    } finally {
      await page.close();
    }
  });
});

describe('printing', () => {
  test.each(['briefings/child-a-learning-summary/', 'reviews/child-b-2022/', BRIEFING])('every printed page of %s names the partnership and its address', async (sitePath) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + sitePath);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
      expect(text.length).toBeGreaterThan(0);
      for (const [i, sheet] of text.entries()) {
        const flat = sheet.replace(/\s+/g, ' ');
        expect(flat, `page ${i + 1}`).toContain(partnership.name);
        expect(flat, `page ${i + 1}`).toContain(partnership.contact.address);
      }
    } finally {
      await page.close();
    }
  });

  test('a briefing has a Print button that opens the browser’s print dialogue', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.url + BRIEFING);
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.getByRole('button', { name: 'Print this briefing' }).click();
      expect(await page.locator('html[data-printed]').count()).toBe(1);
      expect(await page.locator('[data-print-hint]').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the button is absent and the page says how to print', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + BRIEFING);
      expect(await page.getByRole('button', { name: 'Print this briefing' }).count()).toBe(0);
      expect(await page.locator('[data-print-hint]').textContent()).toContain('use your browser’s Print command');
    } finally {
      await context.close();
    }
  });
});
