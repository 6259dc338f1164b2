// Measurements the quality tests take in a real browser, one function per quality, so every
// page template is held to the same checks (tests/browser/accessibility.test.ts).
import type { Browser, Page } from 'playwright-core';

/** The scripts a content page may load: "Exit this page" on pages about abuse, a briefing's Print button. */
export const ALLOWED_SCRIPT = /\/scripts\/(exit-this-page|print)\.js$/i;

export interface ScriptReport {
  /** `<script>` elements other than JSON-LD data and the allowed scripts (each once), by src or "inline". */
  scripts: string[];
  /** Bytes of JavaScript the page downloaded, the allowed script aside. */
  jsBytes: number;
  /** Requests to any origin but the site's own. */
  foreignRequests: string[];
}

/** Loads a page and reports its scripts and where it sent requests. */
export async function measureScripts(browser: Browser, url: string): Promise<ScriptReport> {
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const scriptSizes: Promise<number>[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) foreignRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && !ALLOWED_SCRIPT.test(response.url())) scriptSizes.push(response.body().then((b) => b.length, () => 0));
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const scripts = await page.$$eval('script:not([type="application/ld+json"])', (elements) => elements.map((s) => s.getAttribute('src') ?? 'inline'));
    const jsBytes = (await Promise.all(scriptSizes)).reduce((a, b) => a + b, 0);
    return { scripts: scripts.filter((s, i) => !(ALLOWED_SCRIPT.test(s) && scripts.indexOf(s) === i)), jsBytes, foreignRequests };
  } finally {
    await page.close();
  }
}

/** How wide the document is at a given viewport width: wider means horizontal scrolling. */
export async function measureScrollWidth(browser: Browser, url: string, width: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width, height: 640 } });
  try {
    await page.goto(url);
    return await page.evaluate(() => document.documentElement.scrollWidth);
  } finally {
    await page.close();
  }
}

/** The levels of every heading in document order, e.g. [1, 2, 3, 2]. */
export const headingLevels = (page: Page): Promise<number[]> =>
  page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));

/** Headings that skip a level on the way down (an h2 followed by an h4), as "h2 → h4". */
export function skippedHeadings(levels: readonly number[]): string[] {
  return levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
}

/** How many of each landmark the page has, by ARIA role. */
export async function countLandmarks(page: Page): Promise<Record<string, number>> {
  const roles = ['banner', 'navigation', 'main', 'contentinfo'] as const;
  const counts = await Promise.all(roles.map((role) => page.getByRole(role).count()));
  return Object.fromEntries(roles.map((role, i) => [role, counts[i]!]));
}

/**
 * Tabs to the first link after the skip link and returns its focus ring (outline, box-shadow
 * and background) focused and then unfocused, so a test can see that focus shows.
 */
export async function focusStyles(page: Page): Promise<{ focused: string; unfocused: string; element: string }> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  const ring = () => element.evaluate((el) => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle === 'none' || style.outlineColor === 'rgba(0, 0, 0, 0)' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
    return `outline: ${outline}; box-shadow: ${style.boxShadow}; background: ${style.backgroundColor}`;
  });
  const focused = await ring();
  await element.evaluate((el) => el.blur());
  const unfocused = await ring();
  return { focused, unfocused, element: await element.evaluate((el) => el.outerHTML.slice(0, 80)) };
}
