// A review on a 390×844 phone: what it is, its key messages and the way to its documents on the
// first screen; the content notice compact; no heading said twice.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const PHONE = { width: 390, height: 844 };
const REVIEW = 'reviews/child-b-2022/';

/** Every built review page (not listings, facet or paginated pages). */
const reviewPages = () =>
  readdirSync(path.join(EXAMPLE_OUT, 'reviews'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^[a-z]/.test(d.name) && !['kind', 'theme', 'agency', 'sector', 'year'].includes(d.name))
    .map((d) => `reviews/${d.name}/`);

describe('a review on a phone', () => {
  test('"On this page", the key messages and a jump to the documents are on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(site.url + REVIEW);
      const contents = page.getByRole('navigation', { name: 'On this page' });
      expect((await contents.boundingBox())!.y).toBeLessThan(PHONE.height);
      expect((await page.getByRole('heading', { name: 'Key messages' }).boundingBox())!.y + 30).toBeLessThanOrEqual(PHONE.height);
      const jump = contents.getByRole('link', { name: 'Documents' });
      const box = (await jump.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      await jump.click();
      expect(new URL(page.url()).hash).toBe('#documents');
      expect((await page.locator('#documents').boundingBox())!.y).toBeGreaterThan(-1);
    } finally {
      await page.close();
    }
  });

  test('the content notice takes a few lines, its helplines one tap away without JavaScript, and prints whole', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(site.url + REVIEW);
      const notice = page.getByRole('complementary', { name: 'Content notice' });
      expect((await notice.boundingBox())!.height).toBeLessThanOrEqual(150);
      const helpline = notice.getByText('NSPCC helpline');
      expect(await helpline.isVisible()).toBe(false);
      await notice.getByText('Where to get support').click();
      expect(await helpline.isVisible()).toBe(true);
      await page.reload();
      await page.emulateMedia({ media: 'print' });
      expect(await notice.getByText('NSPCC helpline').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('no review page shows the same heading twice', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const repeated: string[] = [];
    try {
      const pages = reviewPages();
      expect(pages.length).toBeGreaterThan(10);
      for (const review of pages) {
        await page.goto(site.url + review);
        const headings = (await page.locator('main h2, main h3').allTextContents()).map((h) => h.trim().toLowerCase()).filter(Boolean);
        const twice = headings.filter((h, i) => headings.indexOf(h) !== i && !['briefings', 'courses'].includes(h));
        if (twice.length) repeated.push(`${review}: ${twice.join(', ')}`);
      }
    } finally {
      await page.close();
    }
    expect(repeated).toEqual([]);
  });
});
