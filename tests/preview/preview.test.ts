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

describe('the dev server previews unpublished entries', () => {
  test('a draft review shows with the DRAFT banner', async () => {
    const { status, html } = await get('reviews/draft-canary/');
    expect(status).toBe(200);
    expect(html).toContain('DRAFT — this page is not published. Remove <code>draft: true</code> to publish it.');
  });

  test('an embargoed review shows with the EMBARGOED banner and the day it goes live', async () => {
    const { status, html } = await get('reviews/embargoed-canary/');
    expect(status).toBe(200);
    expect(html).toContain('EMBARGOED — this page goes live on 1 January 2099.');
  });

  test('/preview/ lists every unpublished entry with its state and go-live date, and no public one', async () => {
    const { status, html } = await get('preview/');
    expect(status).toBe(200);
    for (const collection of ['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages']) {
      expect(html).toContain(`<a href="/${collection}/draft-canary/">CANARY-DRAFT-${collection}</a>`);
      expect(html).toContain(`<a href="/${collection}/embargoed-canary/">CANARY-EMBARGOED-${collection}</a>`);
    }
    expect(html).toMatch(/CANARY-EMBARGOED-reviews<\/a><\/td><td>reviews<\/td><td>Embargoed<\/td><td><time datetime="2099-01-01">1 January 2099<\/time>/);
    expect(html).toMatch(/CANARY-DRAFT-reviews<\/a><\/td><td>reviews<\/td><td>Draft<\/td>/);
    expect(html).not.toContain('/reviews/child-a-2019/');
  });

  test('/preview/ passes axe (WCAG 2.2 AA) in Chromium', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${dev.url}preview/`);
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
