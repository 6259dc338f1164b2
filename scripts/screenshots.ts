/**
 * npm run screenshots: the first screen of every page template, on a phone (390×844) and on a
 * desktop (1366×900), taken in Chromium from a built site, to look at as the person each page
 * serves would. The README's pictures are a few of them, copied to docs/screenshots/.
 * Build first (npm run build).
 * Usage: node scripts/screenshots.ts [--dir dist] [--out screenshots] [--full]
 *   --full  the whole page, not just the first screen
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/setup/browser.ts';
import { serveStatic } from '../tests/setup/serve.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'screenshots' }, full: { type: 'boolean', default: false } } });

/** One page per template of the example site. */
const TEMPLATES = [
  { name: 'home', path: '' },
  { name: 'reviews', path: 'reviews/' },
  { name: 'reviews-filtered', path: 'reviews/theme/neglect/' },
  { name: 'review', path: 'reviews/child-b-2022/' },
  { name: 'review-audit-table', path: 'reviews/neglect-thematic-audit-2023/' },
  { name: 'review-exit-this-page', path: 'reviews/multi-agency-audit-domestic-abuse-2024/' },
  { name: 'briefings', path: 'briefings/' },
  { name: 'briefing', path: 'briefings/child-b-seven-minute-briefing/' },
  { name: 'film', path: 'briefings/safer-sleep-film-for-families/' },
  { name: 'briefing-text', path: 'briefings/child-b-seven-minute-briefing/text/' },
  { name: 'training-tree', path: 'courses/' },
  { name: 'course', path: 'courses/understanding-neglect/' },
  { name: 'priorities', path: 'priorities/' },
  { name: 'priority', path: 'priorities/neglect/' },
  { name: 'themes', path: 'themes/' },
  { name: 'theme', path: 'themes/neglect/' },
  { name: 'pathways', path: 'pathways/' },
  { name: 'pathway', path: 'pathways/health/' },
  { name: 'newsletters', path: 'newsletters/' },
  { name: 'newsletter', path: 'newsletters/autumn-2026/' },
  { name: 'impact', path: 'impact/' },
  { name: 'impact-year', path: 'impact/2025/' },
  { name: 'impact-dissemination', path: 'impact/dissemination/' },
  { name: 'impact-gaps', path: 'impact/gaps/' },
  { name: 'agencies', path: 'agencies/' },
  { name: 'agency', path: 'agencies/northvale-police/' },
  { name: 'search', path: 'search/?q=neglect' },
  { name: 'worried', path: 'worried-about-a-child/' },
  { name: 'page', path: 'pages/about/' },
  { name: 'not-found', path: 'no-such-page/' },
];
const VIEWPORTS = [
  { suffix: '390', width: 390, height: 844 },
  { suffix: '1366', width: 1366, height: 900 },
];
/** The README's pictures: docs/screenshots/<to> from <from>. */
const README_PICTURES = [
  { from: 'home-1366', to: 'home' },
  { from: 'review-390', to: 'review' },
  { from: 'briefing-390', to: 'briefing' },
  { from: 'pathway-390', to: 'pathway' },
  { from: 'search-390', to: 'search' },
];
/** README pictures of one part of a page at desktop width, e.g. the whole training tree. */
const README_PARTS = [{ path: 'courses/', selector: '.training-tree', to: 'training-tree' }];

const dir = path.resolve(values.dir!);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run npm run build first, or pass --dir <folder>.`);
  process.exit(1);
}
const out = path.resolve(values.out!);
mkdirSync(out, { recursive: true });
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
    for (const template of TEMPLATES) {
      await page.goto(server.url + template.path);
      // The search page fills its results after loading; wait for them (or for its message).
      if (template.name === 'search') await page.waitForSelector('.search-results li, .search-status', { timeout: 10_000 }).catch(() => {});
      // A film's first frame, not the loading spinner.
      await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => v.readyState >= 2), undefined, { timeout: 10_000 }).catch(() => {});
      const file = path.join(out, `${template.name}-${viewport.suffix}.png`);
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    }
    await page.close();
  }
  if (!values.full) {
    mkdirSync('docs/screenshots', { recursive: true });
    for (const picture of README_PICTURES) copyFileSync(path.join(out, `${picture.from}.png`), path.join('docs/screenshots', `${picture.to}.png`));
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    for (const part of README_PARTS) {
      await page.goto(server.url + part.path);
      await page.locator(part.selector).screenshot({ path: path.join('docs/screenshots', `${part.to}.png`) });
    }
    await page.close();
    console.log(`Copied the README's pictures to docs/screenshots/.`);
  }
} finally {
  await browser.close();
  await server.close();
}
