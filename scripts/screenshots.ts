/**
 * npm run screenshots: pictures of the home page, a review, a briefing and a film for the README,
 * taken in Chromium from a built site. Build first (npm run build).
 * Usage: node scripts/screenshots.ts [--dir dist] [--out docs/screenshots] [--width 1000]
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/setup/browser.ts';
import { serveStatic } from '../tests/setup/serve.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' }, width: { type: 'string', default: '1000' } } });
const SHOTS = [
  { name: 'home', path: '' },
  { name: 'review', path: 'reviews/child-b-2022/' },
  { name: 'briefing', path: 'briefings/child-b-seven-minute-briefing/' },
  { name: 'film', path: 'briefings/safer-sleep-film-for-families/' },
];

const dir = path.resolve(values.dir!);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`There is no built site in ${values.dir}/. Run npm run build first, or pass --dir <folder>.`);
  process.exit(1);
}
mkdirSync(values.out!, { recursive: true });
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 800 } });
  for (const shot of SHOTS) {
    await page.goto(server.url + shot.path);
    // A film's first frame, not the loading spinner.
    await page.waitForFunction(() => [...document.querySelectorAll('video')].every((v) => v.readyState >= 2), undefined, { timeout: 10_000 }).catch(() => {});
    const file = path.join(values.out!, `${shot.name}.png`);
    // The first screenful: what a reader sees on arrival, and a small file.
    await page.screenshot({ path: file });
    console.log(`Wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
