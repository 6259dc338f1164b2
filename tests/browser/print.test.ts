import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

// Every public seven-minute briefing of the example content (read from the files, so a new one
// is tested without editing this list); unpublished ones have no page and are skipped.
const dir = path.join(ROOT, 'content/briefings');
const sevenMinute = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && /^format:\s*seven-minute\s*$/m.test(readFileSync(path.join(dir, f), 'utf8')))
  .map((f) => f.replace(/\.mdx$/, ''))
  .filter((slug) => readdirSync(path.join(EXAMPLE_OUT, 'briefings')).includes(slug));

/** Pages in a PDF: Chromium writes one page object per page, uncompressed. */
const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const site = serveToBrowser(EXAMPLE_OUT);

describe('a seven-minute briefing prints on one A4 page', () => {
  test('the example content has seven-minute briefings to print', () => {
    expect(sevenMinute.length).toBeGreaterThanOrEqual(3);
  });

  test.each(sevenMinute)('%s', async (slug) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}briefings/${slug}/`);
      const pdf = await page.pdf({ format: 'A4' });
      expect(countPdfPages(pdf)).toBe(1);
    } finally {
      await page.close();
    }
  });

  test('a long learning summary is not squeezed: it prints on more than one page', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}briefings/child-a-learning-summary/`);
      expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
    } finally {
      await page.close();
    }
  });
});
