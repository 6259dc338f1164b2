// The board's view in a real browser: the overdue count on the first screen of a phone, every
// overdue recommendation of the open data in the list with its days overdue, tables that never
// split a word, and board reports that print on one sheet of A4.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILD_DATE, EXAMPLE_OUT } from '../setup/paths.ts';
import { serveToBrowser } from '../setup/served-site.ts';

interface OpenRecommendation { review: string; reference: string; due: string; overdue: boolean }
const recommendations = (JSON.parse(readFileSync(path.join(EXAMPLE_OUT, 'data/recommendations.json'), 'utf8')) as { items: OpenRecommendation[] }).items;
const overdue = recommendations.filter((r) => r.overdue);
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const agencyPages = readdirSync(path.join(EXAMPLE_OUT, 'agencies'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `agencies/${d.name}/`);
const yearPages = readdirSync(path.join(EXAMPLE_OUT, 'impact'), { withFileTypes: true }).filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name)).map((d) => `impact/${d.name}/`);
const reportPages = readdirSync(path.join(EXAMPLE_OUT, 'impact/report'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `impact/report/${d.name}/`);

const site = serveToBrowser(EXAMPLE_OUT);

async function open(sitePath: string, width = 390, height = 844): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height } });
  await page.goto(`${site.url}${sitePath}`);
  return page;
}

/** Words in table cells drawn across more than one line: a split word ("Overdu / e"). */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A line may break at a space or after a hyphen, dash or slash; never inside a word.
        for (const match of text.matchAll(/[^\s\-–/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(match[0]);
        }
      }
    }
    return split;
  });
}

describe('the first screen of /impact/ on a phone', () => {
  test('the example content has overdue recommendations, so the checks can fail', () => {
    expect(overdue.length).toBeGreaterThanOrEqual(5);
  });

  test('states how many recommendations are overdue, within 390×844', async () => {
    const page = await open('impact/');
    try {
      const figure = page.locator('.board-headline__figure');
      expect(await figure.innerText()).toMatch(new RegExp(`^${overdue.length} of \\d+ open recommendations are overdue`));
      const box = (await figure.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    } finally {
      await page.close();
    }
  });
});

describe('the overdue list on /impact/', () => {
  test('shows the ten most overdue and links to the list of every one', async () => {
    const page = await open('impact/', 1366, 900);
    try {
      const shown = await page.locator('.overdue-list > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.recommendation));
      expect(overdue.length).toBeGreaterThan(10);
      expect(shown).toHaveLength(10);
      await page.getByRole('link', { name: `See all ${overdue.length} overdue recommendations` }).click();
      const all = await page.locator('.overdue-list > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.recommendation));
      expect(all.slice(0, shown.length)).toEqual(shown);
    } finally {
      await page.close();
    }
  });

  test('its full list holds exactly the recommendations the open data marks overdue, each with its days overdue', async () => {
    const page = await open('impact/overdue/', 1366, 900);
    try {
      const listed = await page.locator('.overdue-list > li').evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.recommendation, (li as HTMLElement).innerText]));
      expect(listed.map(([id]) => id).sort()).toEqual(overdue.map((r) => `${r.review}#${r.reference}`).sort());
      for (const rec of overdue) {
        const text = listed.find(([id]) => id === `${rec.review}#${rec.reference}`)![1]!;
        expect(text).toContain(`${days(rec.due, BUILD_DATE)} days overdue`);
      }
      // Most days overdue first.
      const listedDays = listed.map(([, text]) => Number(/(\d+) days? overdue/.exec(text!)![1]));
      expect(listedDays).toEqual([...listedDays].sort((a, b) => b - a));
    } finally {
      await page.close();
    }
  });
});

describe('no word is split in a table', () => {
  test.each([
    ...['impact/', ...yearPages, ...agencyPages].map((p) => [p, 390] as const),
    ...['impact/', 'impact/2025/', 'agencies/', 'agencies/northvale-childrens-services/'].map((p) => [p, 1366] as const),
  ])('%s at %i px', async (sitePath, width) => {
    const page = await open(sitePath, width, 900);
    try {
      // An agency whose every recommendation is overdue has no table; the impact pages all do.
      if (sitePath.startsWith('impact/')) expect(await page.locator('table').count()).toBeGreaterThan(0);
      expect(await splitWords(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('each board report prints on one sheet of A4', () => {
  test('there is a report for every reporting year and every quarter begun', () => {
    // The build date 2026-11-22 is in Q3 of 2026/27; the example's first year is 2019/20.
    expect(reportPages).toContain('impact/report/2026-q3/');
    expect(reportPages).not.toContain('impact/report/2026-q4/');
    expect(reportPages.filter((p) => /\/\d{4}\/$/.test(p))).toHaveLength(yearPages.length);
  });

  test.each(reportPages)('%s', async (sitePath) => {
    const page = await open(sitePath, 1366, 900);
    try {
      await page.emulateMedia({ media: 'print' });
      const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
      expect(pdf.getPageCount()).toBe(1);
      // What the page is for is on it: the headline and the overdue list, not cut away.
      expect(await page.locator('.board-report__figures').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
