import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHtmlCheckPool } from './html-check-pool.ts';
import { scanKey, type ScannedPage } from './scan-output.ts';

describe('the HTML check pool', () => {
  it('reuses an earlier build’s scan of the same bytes and kind instead of parsing the page again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cascade-pool-'));
    const file = path.join(dir, 'index.html');
    await writeFile(file, '<!doctype html><html lang="en"><head><title>A page</title></head><body><a href="/a/">A</a></body></html>');
    const first = createHtmlCheckPool({ size: 1 });
    const scanned = await first.check(file, 'index.html', { kind: 'page', validate: false }).finally(() => first.close());
    expect(scanned.page.links).toEqual(['/a/']);

    const planted: ScannedPage = { links: ['/kept/'], ids: [], blocked: [], refused: [], scripts: [] };
    const second = createHtmlCheckPool({ size: 1, knownScans: new Map([[scanKey('page', scanned.hash), planted]]) });
    try {
      expect((await second.check(file, 'index.html', { kind: 'page', validate: false })).page.links).toEqual(['/kept/']);
      // The same bytes checked as an email follow the email rules: scanned afresh.
      expect((await second.check(file, 'index.html', { kind: 'email', validate: false })).page.links).toEqual(['/a/']);
    } finally {
      await second.close();
    }
  });
});
