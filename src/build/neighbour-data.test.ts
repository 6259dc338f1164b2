import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPEN_DATA_VERSION } from '../schemas/open-data.ts';
import { readNeighbours } from './neighbour-data.ts';

// A neighbour's open data as its build publishes it: one review, one briefing.
const themes = [{ id: 'neglect', name: 'Neglect', panel: ['Neglect'], nspcc: [] }];
const file = (origin: string, name: 'reviews' | 'briefings', title: string) => {
  const common = { partnership: 'East', id: 'x', url: `${origin}/${name}/x/`, title, summary: 'S', published: '2025-01-01', updated: '2025-01-01', priorities: [], themes, keyMessages: ['K'] };
  const item =
    name === 'reviews'
      ? { ...common, kind: 'lcspr', agencies: [], ageGroups: [], goodPractice: [], report: 'not-published', recommendations: [] }
      : { ...common, format: 'learning-summary', sources: [], audiences: ['workforce'], sectors: [], questions: [], courses: [], card: `${origin}/cards/briefings/x.png` };
  return { $schema: `${origin}/data/${name}.schema.json`, schemaVersion: OPEN_DATA_VERSION, title: 'T', publisher: 'East', generated: '2025-06-01', count: 1, items: [item] };
};

/** How the test neighbour answers: well, with a broken file, slowly, not at all, or without end. */
let mode: 'good' | 'invalid' | 'old-version' | 'slow' | 'error' | 'huge' | 'endless' = 'good';
let server: Server;
let origin = '';
let cache = '';
const neighbour = () => ({ name: 'Eastshire SCP', url: `${origin}/` });
const env = process.env;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = req.url?.includes('reviews') ? 'reviews' : 'briefings';
    if (mode === 'error') return void res.writeHead(500).end();
    if (mode === 'huge') return void res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(64 * 1024 * 1024) }).end();
    if (mode === 'endless') {
      // A megabyte at a time for as long as the reader reads.
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      return void more();
    }
    if (mode === 'slow') return void setTimeout(() => res.end(JSON.stringify(file(origin, name, 'Late'))), 2_000);
    const body: Record<string, unknown> = file(origin, name, 'Fresh');
    if (mode === 'invalid') (body.items as Record<string, unknown>[])[0]!.published = 'last Tuesday';
    if (mode === 'old-version') delete body.schemaVersion;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cache = mkdtempSync(path.join(tmpdir(), 'cascade-neighbours-'));
  process.env = { ...env, CASCADE_TIME_LIMIT_NEIGHBOUR: '0.3' };
});
afterAll(async () => {
  process.env = env;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(cache, { recursive: true, force: true });
});

const titles = (result: Awaited<ReturnType<typeof readNeighbours>>) => result.data.entries.map((e) => e.title);

describe('reading a neighbour’s open data', () => {
  test('a neighbour that answers well gives its entries and leaves a dated copy in the cache', async () => {
    mode = 'good';
    const result = await readNeighbours([neighbour()], cache, '2026-12-01', new Date('2026-12-01T06:00:00Z'));
    expect(result.warnings).toEqual([]);
    expect(titles(result)).toEqual(['Fresh', 'Fresh']);
    expect(result.data.neighbours).toEqual([{ name: 'Eastshire SCP', url: `${origin}/`, fetched: '2026-12-01T06:00:00.000Z', status: 'fresh' }]);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  test.each([
    ['is down', 'error', 'answered 500 Internal Server Error'],
    ['serves invalid data', 'invalid', 'does not match the open data schema: items[0].published'],
    ['publishes another version of the data', 'old-version', 'is open data version "none", and this site reads version 1'],
    ['is slow', 'slow', 'did not answer within 0.3 s (CASCADE_TIME_LIMIT_NEIGHBOUR changes the limit)'],
  ] as const)('a neighbour that %s: the last good copy is used and a warning names the neighbour and why', async (_, how, why) => {
    mode = how;
    const started = performance.now();
    const result = await readNeighbours([neighbour()], cache, '2026-12-01');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(titles(result)).toEqual(['Fresh', 'Fresh']);
    expect(result.data.neighbours[0]).toMatchObject({ status: 'cached', fetched: '2026-12-01T06:00:00.000Z' });
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Eastshire SCP: http:\/\/127\.0\.0\.1:\d+\/data\/(reviews|briefings)\.json /)]);
    expect(result.warnings[0]!.message).toContain(why);
    expect(result.warnings[0]!.message).toMatch(/Used the copy read on 2026-12-01\.$/);
  });

  test.each([
    ['says in advance that its file is too large', 'huge'],
    ['sends a file without end', 'endless'],
  ] as const)('a neighbour that %s is stopped at 20 MB, not read to the end', async (_, how) => {
    mode = how;
    // Time enough to read far more than 20 MB, so only the size rule can stop it.
    process.env.CASCADE_TIME_LIMIT_NEIGHBOUR = '20';
    try {
      const result = await readNeighbours([neighbour()], cache, '2026-12-01');
      expect(result.data.neighbours[0]).toMatchObject({ status: 'cached' });
      expect(result.warnings[0]!.message).toMatch(/data\/(reviews|briefings)\.json is larger than 20 MB\. Used the copy read on 2026-12-01\.$/);
    } finally {
      process.env.CASCADE_TIME_LIMIT_NEIGHBOUR = '0.3';
    }
  });

  test('without an earlier copy the neighbour is left out, and the build goes on', async () => {
    mode = 'error';
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await readNeighbours([neighbour(), { name: 'Nowhere SCP', url: `http://127.0.0.1:${port}/` }], mkdtempSync(path.join(tmpdir(), 'cascade-neighbours-')), '2026-12-01');
    expect(result.data.entries).toEqual([]);
    expect(result.data.neighbours.map((n) => n.status)).toEqual(['missing', 'missing']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Eastshire SCP: .* Left out of this build \(no earlier copy\)\.$/),
      expect.stringMatching(/^Nowhere SCP: http:\/\/127\.0\.0\.1:\d+\/data\/(reviews|briefings)\.json could not be reached \(ECONNREFUSED\)\. Left out/),
    ]);
  });
});
