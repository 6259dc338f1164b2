// Tables read on every screen: no word inside a table cell is ever broken across two lines, at
// phone and desktop widths, on every built page that has a table. A narrow table scrolls inside
// its own frame, with a visible cue, rather than squeezing its columns to one letter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { listFiles } from '../setup/files.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

const site = serveToBrowser(EXAMPLE_OUT);
const WIDTHS = [320, 390, 1366];

/** Every built web page with a table (not the e-mail editions, which are not web pages). */
function pagesWithTables(): string[] {
  return listFiles(EXAMPLE_OUT)
    .filter((file) => file.endsWith('index.html') && readFileSync(path.join(EXAMPLE_OUT, file), 'utf8').includes('<table'))
    .map((file) => path.dirname(file).replace(/^\.$/, '') + '/')
    .map((p) => (p === '/' ? '' : p));
}

/**
 * The words in table cells drawn on more than one line. A "word" is a run between spaces,
 * hyphens and slashes: a line may break at those, never inside a word.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

describe('tables on every screen', () => {
  const pages = pagesWithTables();

  test('the example site has tables on the templates this file checks', () => {
    // Review timeliness (a review body), impact, agency pages, a briefing and a page body.
    for (const prefix of ['reviews/', 'impact/', 'agencies/', 'briefings/', 'pages/']) expect(pages.some((p) => p.startsWith(prefix)), prefix).toBe(true);
  });

  test.each(WIDTHS)('at %i px no word in a table cell is split across lines, and the page itself never scrolls sideways', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    const failures: string[] = [];
    try {
      for (const p of pages) {
        await page.goto(site.url + p);
        const broken = await brokenWords(page);
        if (broken.length) failures.push(`${p}: ${[...new Set(broken)].slice(0, 6).join(', ')}`);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (sideways > 0) failures.push(`${p}: the page scrolls sideways by ${sideways} px`);
      }
    } finally {
      await page.close();
    }
    expect(failures).toEqual([]);
  });

  test('at 320 px a table wider than the screen scrolls in its own frame, which shows that it scrolls', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 900 } });
    try {
      await page.goto(`${site.url}impact/`);
      const frames = await page.evaluate(() =>
        [...document.querySelectorAll('table')]
          .map((table) => {
            const frame = table.closest('.table-wrap') ?? table;
            const style = getComputedStyle(frame);
            return { wide: frame.scrollWidth > frame.clientWidth, scrolls: style.overflowX === 'auto', cue: style.backgroundImage !== 'none' };
          })
          .filter((f) => f.wide),
      );
      expect(frames.length).toBeGreaterThan(0);
      for (const frame of frames) expect(frame).toEqual({ wide: true, scrolls: true, cue: true });
    } finally {
      await page.close();
    }
  });
});
