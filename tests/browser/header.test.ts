// The header fits a phone in one row, its menu opens without JavaScript, and every page offers
// "Worried about a child?", leading to the numbers from partnership.yaml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../setup/files.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const partnership = parse(readFileSync(path.join(ROOT, 'content/partnership.yaml'), 'utf8'));

describe('the header', () => {
  test.each([320, 390])('at %i px the site name, "Worried about a child?" and Menu share one row, and the links wait behind Menu', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}reviews/`);
      const header = page.locator('.site-header');
      const boxes = await Promise.all([header.getByRole('link', { name: partnership.name }), header.getByRole('link', { name: 'Worried about a child?' }), header.getByText('Menu', { exact: true })].map((l) => l.boundingBox()));
      for (const box of boxes) expect(box).not.toBeNull();
      // One row: every item's vertical middle lies within each other item's height.
      for (const a of boxes) for (const b of boxes) expect(Math.abs(a!.y + a!.height / 2 - (b!.y + b!.height / 2))).toBeLessThan(b!.height / 2);
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(100);
      const reviews = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefings' });
      expect(await reviews.isVisible()).toBe(false);
      await header.getByText('Menu', { exact: true }).click();
      expect(await reviews.isVisible()).toBe(true);
      await reviews.click();
      expect(new URL(page.url()).pathname).toBe('/briefings/');
    } finally {
      await context.close();
    }
  });

  test('at 1366 px every section is one click away, with no Menu to open', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await page.goto(site.url);
      expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
      for (const name of ['Reviews', 'Briefings', 'Training', 'Search']) expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).isVisible(), name).toBe(true);
      expect(await page.getByRole('link', { name: 'Worried about a child?' }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('every built page has "Worried about a child?" in its header', () => {
    const missing = listFiles(EXAMPLE_OUT)
      .filter((file) => file.endsWith('.html') && !file.includes('email.html') && !file.startsWith('admin/'))
      .filter((file) => {
        const html = readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
        const header = /<header[^>]*>([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
        return !/<a class="site-worried" href="\/worried-about-a-child\/"[^>]*>Worried about a child\?<\/a>/.test(header);
      });
    expect(missing).toEqual([]);
  });
});

describe('the "Worried about a child?" page', () => {
  test('says whom to call, day and night, with numbers a phone can dial', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(site.url);
      await page.getByRole('link', { name: 'Worried about a child?' }).click();
      expect(await page.locator('h1').textContent()).toBe('Worried about a child?');
      const { frontDoor, outOfHours } = partnership.worried;
      const dial = (phone: string) => page.locator(`a[href="tel:${phone.replace(/\s/g, '')}"]`).first();
      for (const phone of [frontDoor.phone, outOfHours.phone, '999', '101', '0808 800 5000']) expect(await dial(phone).isVisible(), phone).toBe(true);
      const text = await page.locator('main').innerText();
      for (const words of [frontDoor.name, frontDoor.hours, outOfHours.name, outOfHours.hours, 'NSPCC']) expect(text).toContain(words);
      // The emergency number comes first, on the first screen.
      expect((await dial('999').boundingBox())!.y).toBeLessThan(844);
    } finally {
      await page.close();
    }
  });
});
