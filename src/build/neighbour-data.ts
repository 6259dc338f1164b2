/**
 * Reads the neighbour partnerships' open data (data/reviews.json and data/briefings.json) at
 * build time. Each file is validated against the open data schema (the one the neighbour's
 * own build publishes as data/*.schema.json), read within a time limit, and kept in the
 * build cache with the date it was read. A neighbour that is down, slow or wrong never stops
 * the build: its last good copy is used, or it is left out, and a warning says which and why.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatFieldPath } from '../lib/checks/validation/index.ts';
import { neighbourEntries, neighbourFile, type NeighbourEntry } from '../lib/neighbours/index.ts';
import { formatLimit, timeLimitOf, timeLimitVariable, withTimeLimit } from '../lib/time-limit.ts';
import { OPEN_DATA_FILES, OPEN_DATA_VERSION } from '../schemas/open-data.ts';
import type { Neighbour } from '../schemas/network.ts';

/** The files read from each neighbour. */
const NAMES = ['reviews', 'briefings'] as const;
type Name = (typeof NAMES)[number];
/** Far above a national-size partnership's file; anything larger is not Cascade's open data. */
const MAX_BYTES = 20 * 1024 * 1024;

interface Copy {
  url: string;
  /** When it was read, as an ISO timestamp. */
  fetched: string;
  files: Record<Name, unknown>;
}

/** What the pages read: every neighbour's entries, and for each neighbour where they came from. */
export interface NeighbourData {
  neighbours: { name: string; url: string; fetched?: string; status: 'fresh' | 'cached' | 'missing' }[];
  entries: NeighbourEntry[];
}

export interface NeighbourWarning {
  neighbour: Neighbour;
  message: string;
}

class Unusable extends Error {}

/** One file, parsed and validated; throws Unusable with a reader's reason. */
async function readOne(neighbour: Neighbour, name: Name): Promise<unknown> {
  const address = neighbourFile(neighbour.url, `data/${name}.json`);
  const limit = timeLimitOf('neighbour');
  const controller = new AbortController();
  const work = (async () => {
    let response: Response;
    try {
      response = await fetch(address, { signal: controller.signal, redirect: 'follow', headers: { accept: 'application/json' } });
    } catch (error) {
      throw new Unusable(`${address} could not be reached (${networkReason(error)})`);
    }
    if (new URL(response.url || address).origin !== new URL(address).origin) throw new Unusable(`${address} redirected to another site (${new URL(response.url).origin})`);
    if (!response.ok) throw new Unusable(`${address} answered ${response.status} ${response.statusText}`.trim());
    const text = await readCapped(response, () => {
      controller.abort();
      return new Unusable(`${address} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    });
    return validate(address, name, text);
  })();
  try {
    return await withTimeLimit('neighbour', `Reading ${address}`, work, () => controller.abort(), limit);
  } catch (error) {
    if (error instanceof Unusable) throw error;
    throw new Unusable(`${address} did not answer within ${formatLimit(limit)} (${timeLimitVariable('neighbour')} changes the limit)`);
  }
}

/**
 * The body as text, read no further than MAX_BYTES: another site's answer is stopped as soon as
 * it is too large (by its Content-Length, or by counting what arrives), so a huge or endless
 * file never fills this build's memory.
 */
async function readCapped(response: Response, tooLarge: () => Error): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw tooLarge();
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** What went wrong under fetch's "fetch failed": ECONNREFUSED, ENOTFOUND, a certificate error… */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? String((error as Error).message);
}

/** The file's data when it is the open data this site reads, else Unusable with the first reason. */
function validate(address: string, name: Name, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Unusable(`${address} is not JSON`);
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== OPEN_DATA_VERSION) {
    throw new Unusable(`${address} is open data version ${JSON.stringify(version ?? 'none')}, and this site reads version ${OPEN_DATA_VERSION}; the partnership with the older Cascade needs to update it`);
  }
  const result = OPEN_DATA_FILES[name].safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = formatFieldPath(issue.path);
    throw new Unusable(`${address} does not match the open data schema: ${where || 'the file'}: ${issue.message}`);
  }
  return result.data;
}

const cacheFile = (cacheDir: string, neighbour: Neighbour) =>
  path.join(cacheDir, `${new URL(neighbour.url).host.replace(/[^a-z0-9.-]/gi, '_')}${new URL(neighbour.url).pathname.replace(/[^a-z0-9]+/gi, '_')}.json`);

async function readCopy(file: string, neighbour: Neighbour): Promise<Copy | undefined> {
  try {
    const copy = JSON.parse(await readFile(file, 'utf8')) as Copy;
    if (copy.url !== neighbour.url) return undefined;
    // A copy is checked again: the rules may have changed since it was kept.
    for (const name of NAMES) validate(copy.url, name, JSON.stringify(copy.files[name]));
    return copy;
  } catch {
    return undefined;
  }
}

async function writeCopy(file: string, copy: Copy): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(copy));
  await rename(temporary, file);
}

/**
 * Reads every neighbour at once and returns what the pages show, with a warning for each
 * neighbour that could not be read fresh.
 * @example const { data, warnings } = await readNeighbours(network.partnerships, 'node_modules/.astro/cascade-neighbours', '2026-12-01')
 */
export async function readNeighbours(neighbours: readonly Neighbour[], cacheDir: string, buildDate: string, now = new Date()): Promise<{ data: NeighbourData; warnings: NeighbourWarning[] }> {
  const warnings: NeighbourWarning[] = [];
  const results = await Promise.all(
    neighbours.map(async (neighbour) => {
      const file = cacheFile(cacheDir, neighbour);
      let copy: Copy | undefined;
      let status: NeighbourData['neighbours'][number]['status'] = 'fresh';
      try {
        const [reviews, briefings] = await Promise.all(NAMES.map((name) => readOne(neighbour, name)));
        copy = { url: neighbour.url, fetched: now.toISOString(), files: { reviews, briefings } };
        await writeCopy(file, copy);
      } catch (error) {
        if (!(error instanceof Unusable)) throw error;
        copy = await readCopy(file, neighbour);
        status = copy ? 'cached' : 'missing';
        const fallback = copy ? `used the copy read on ${copy.fetched.slice(0, 10)}` : 'left out of this build (no earlier copy)';
        warnings.push({ neighbour, message: `${neighbour.name}: ${error.message}. ${fallback[0]!.toUpperCase()}${fallback.slice(1)}.` });
      }
      const entries = copy ? neighbourEntries(neighbour, copy.files as Parameters<typeof neighbourEntries>[1], buildDate) : [];
      return { neighbour: { name: neighbour.name, url: neighbour.url, fetched: copy?.fetched, status }, entries };
    }),
  );
  // Warnings in network.yaml's order, however the answers arrived.
  warnings.sort((a, b) => neighbours.indexOf(a.neighbour) - neighbours.indexOf(b.neighbour));
  return { data: { neighbours: results.map((r) => r.neighbour), entries: results.flatMap((r) => r.entries) }, warnings };
}
