import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, runAxe } from '../setup/browser.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';
import { serveStatic, type StaticServer } from '../setup/serve.ts';

// One page of every template. Later templates add their page here.
const TEMPLATES: Record<string, string> = {
  home: '',
  'review listing': 'reviews/',
  review: 'reviews/child-a-2019/',
  'briefing listing': 'briefings/',
  'training (course listing)': 'courses/',
  course: 'courses/understanding-neglect/',
  'priority listing': 'priorities/',
  priority: 'priorities/neglect/',
  'newsletter listing': 'newsletters/',
  'impact (all time)': 'impact/',
  'impact (one reporting year)': 'impact/2025/',
  'agency listing': 'agencies/',
  agency: 'agencies/northvale-police/',
  '404': 'no-such-page/',
};

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

describe('every page template passes axe (WCAG 2.2 AA) in Chromium', () => {
  test.each(Object.entries(TEMPLATES))('%s', async (_name, sitePath) => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url + sitePath);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
