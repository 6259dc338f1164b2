/**
 * Bytes a browser downloads from /pagefind/ for a first query, measured in Chromium. Counted
 * at the server, so requests made by Pagefind's web worker count too, and as a static host
 * sends them: text files (Pagefind's JavaScript, JSON) gzip-compressed as every host does;
 * index, metadata, fragment and WebAssembly files as they are (Pagefind writes them compressed).
 * Every part of a large index is merged first, as the search page merges them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/setup/browser.ts';
import { serveStatic } from '../../tests/setup/serve.ts';

const TEXT = /\.(js|mjs|json|css|html)$/;
const sent = (file: string) => {
  const data = readFileSync(file);
  return TEXT.test(file) ? gzipSync(data).length : data.length;
};

export async function searchTransfer(outDir: string, queries: string[]): Promise<Record<string, number> | { skipped: string }> {
  if (!existsSync(path.join(outDir, 'pagefind/pagefind.js'))) return { skipped: 'no pagefind index in the output' };
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return { skipped: 'no Chromium at /usr/bin/chromium' };
  let bytes = 0;
  const pagefindDir = path.join(outDir, 'pagefind') + path.sep;
  const server = await serveStatic(outDir, { onServe: (file) => void (file.startsWith(pagefindDir) && (bytes += sent(file))) });
  const browser = await launchBrowser();
  const result: Record<string, number> = {};
  try {
    for (const query of queries) {
      // A fresh context each time: an empty cache, as for a first query.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      bytes = 0;
      await page.evaluate(async (q) => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        // As the search page does: a large index comes in parts, each merged (src/lib/search-shards.ts).
        const manifest = await fetch(`${location.origin}/pagefind/shards.json`).then((r) => (r.ok ? r.json() : { shards: [] }));
        for (const shard of manifest.shards as string[]) await pagefind.mergeIndex(`${location.origin}/pagefind/${shard}`, {});
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
