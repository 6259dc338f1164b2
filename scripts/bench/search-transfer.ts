/** Bytes a browser downloads from /pagefind/ for a first query, measured in Chromium. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../../tests/setup/browser.ts';
import { serveStatic } from '../../tests/setup/serve.ts';

export async function searchTransfer(outDir: string, queries: string[]): Promise<Record<string, number> | { skipped: string }> {
  if (!existsSync(path.join(outDir, 'pagefind/pagefind.js'))) return { skipped: 'no pagefind index in the output' };
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return { skipped: 'no Chromium at /usr/bin/chromium' };
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  const result: Record<string, number> = {};
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (response) => {
        if (!response.url().includes('/pagefind/')) return;
        try {
          bytes += (await response.body()).length;
        } catch {
          /* a response without a body adds nothing */
        }
      });
      await page.goto(server.url);
      await page.evaluate(async (q) => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      }, query);
      await page.waitForTimeout(200);
      result[query] = bytes;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
