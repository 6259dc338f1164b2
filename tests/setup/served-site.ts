// One file's browser tests: the built site served on loopback and Chromium, both started
// before the file's tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface ServedSite {
  /** The site's address, ending in its base path. */
  url: string;
  browser: Browser;
}

/** Serves `dir` (as serveStatic, with its options) to Chromium for the tests of the calling file. */
export function serveToBrowser(dir: string, options?: Parameters<typeof serveStatic>[1]): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir, options);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
