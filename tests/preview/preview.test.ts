import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, runAxe } from '../setup/browser.ts';
import { startDevServer, type DevServer } from '../setup/dev-server.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';

let dev: DevServer;
beforeAll(async () => {
  dev = await startDevServer();
});
afterAll(async () => {
  await dev?.stop();
});

const get = async (sitePath: string) => {
  const response = await fetch(dev.url + sitePath);
  return { status: response.status, html: (await response.text()).replace(/\s+/g, ' ').replace(/> </g, '><') };
};

// The example content's own work in progress, as `npm run dev` shows it to an editor, in the
// order /preview/ lists it: by the date each is planned to go live.
const UNPUBLISHED = [
  { path: 'courses/online-harms-the-basics/', title: 'Online Harms: the Basics', collection: 'courses', date: ['2027-01-11', '11 January 2027'] },
  { path: 'reviews/child-m-2027/', title: 'Local child safeguarding practice review for Child M', collection: 'reviews', date: ['2027-01-19', '19 January 2027'] },
  { path: 'briefings/child-m-seven-minute-briefing/', title: 'Seven-minute briefing: Child M and bruising in babies', collection: 'briefings', date: ['2027-01-19', '19 January 2027'] },
  { path: 'newsletters/winter-2027/', title: 'Learning newsletter, winter 2027', collection: 'newsletters' },
  { path: 'reviews/child-l-2027/', title: 'Local child safeguarding practice review for Child L', collection: 'reviews' },
  { path: 'priorities/children-missing-education/', title: 'Children missing education', collection: 'priorities' },
  { path: 'pages/safeguarding-arrangements-2027/', title: 'Our safeguarding arrangements from April 2027', collection: 'pages', date: ['2027-04-01', '1 April 2027'] },
  { path: 'courses/safeguarding-at-transition/', title: 'Preparing for Adulthood: Safeguarding at Transition', collection: 'courses' },
];

describe('the dev server previews unpublished entries', () => {
  test('a review being drafted shows with the DRAFT banner', async () => {
    const { status, html } = await get('reviews/child-l-2027/');
    expect(status).toBe(200);
    expect(html).toContain('DRAFT — this page is not published. Remove <code>draft: true</code> to publish it.');
    expect(html).toContain('Local child safeguarding practice review for Child L');
  });

  test('an embargoed review shows with the EMBARGOED banner and the day it goes live', async () => {
    const { status, html } = await get('reviews/child-m-2027/');
    expect(status).toBe(200);
    expect(html).toContain('EMBARGOED — this page goes live on 19 January 2027.');
  });

  test('/preview/ lists the example’s work in progress, in every collection, with its state and go-live date, and no public entry', async () => {
    const { status, html } = await get('preview/');
    expect(status).toBe(200);
    expect(html).toContain(`<caption>${UNPUBLISHED.length} unpublished entries, soonest first</caption>`);
    for (const entry of UNPUBLISHED) {
      const state = entry.date ? `Embargoed until <time datetime="${entry.date[0]}">${entry.date[1]}</time>` : 'Draft';
      expect(html).toContain(`<a href="/${entry.path}">${entry.title}</a></td><td>${entry.collection}</td><td>${state}</td>`);
    }
    expect(new Set(UNPUBLISHED.map((e) => e.collection))).toEqual(new Set(['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages']));
    const order = UNPUBLISHED.map((e) => html.indexOf(`<a href="/${e.path}">`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).not.toContain('/reviews/child-a-2019/');
    expect(html).not.toMatch(/leak-check|canary/i);
  });

  test('/preview/ passes axe (WCAG 2.2 AA) in Chromium, and at 320 px its table scrolls in its own frame, not the page', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${dev.url}preview/`);
      expect(await runAxe(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('a production build has no preview', () => {
  test('no /preview/ page is built', () => {
    expect(existsSync(path.join(EXAMPLE_OUT, 'preview'))).toBe(false);
    expect(readdirSync(EXAMPLE_OUT)).not.toContain('preview');
  });
});
