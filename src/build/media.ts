/**
 * Reads the facts of the films, recordings, captions and posters under public/ that
 * briefings name: size, and for media files their length and whether they hold a picture
 * (read from the container by src/lib/media, no ffprobe), for captions whether they are
 * WebVTT. Used by validation (a missing or unreadable file fails the build) and by the
 * briefing page (the length beside the player). One cache per Node process, keyed by path,
 * size and modified time, as for documents.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkWebVtt, readMediaInfo, type MediaFileFacts } from '../lib/media/index.ts';
import { isLocalDocument } from '../lib/checks/document-facts.ts';
import { PUBLIC_DIR } from './documents.ts';

const CACHE_KEY = Symbol.for('cascade.media-facts');
const cache: Map<string, { key: string; facts: Promise<MediaFileFacts | null> }> = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Map<string, { key: string; facts: Promise<MediaFileFacts | null> }>;

async function inspect(file: string): Promise<MediaFileFacts | null> {
  const data = await readFile(file).catch(() => null);
  if (!data) return null;
  if (/\.vtt$/i.test(file)) return { bytes: data.length, captions: checkWebVtt(data.toString('utf8')) };
  if (/\.(mp4|m4a|mp3|webm)$/i.test(file)) return { bytes: data.length, media: readMediaInfo(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) };
  return { bytes: data.length };
}

/**
 * The facts of one file under public/, or null when it is not there.
 * @example await mediaFacts('/media/safer-sleep-film.mp4') // { bytes: 74263, media: { container: 'mp4', seconds: 12.9, video: true } }
 */
export async function mediaFacts(href: string, options: { publicDir?: string } = {}): Promise<MediaFileFacts | null> {
  const file = path.join(options.publicDir ?? PUBLIC_DIR, decodeURIComponent(href.split(/[?#]/)[0]!));
  const info = await stat(file).catch(() => null);
  const key = info ? `${info.size}:${info.mtimeMs}` : 'missing';
  let entry = cache.get(file);
  if (entry?.key !== key) {
    entry = { key, facts: info?.isFile() ? inspect(file) : Promise.resolve(null) };
    cache.set(file, entry);
  }
  return entry.facts;
}

/**
 * Facts for every local file in a list of hrefs.
 * @example await mediaFactsFor(['/media/film.mp4', '/media/film.en.vtt']) // Map { '/media/film.mp4' => {…}, … }
 */
export async function mediaFactsFor(hrefs: Iterable<string>, options: { publicDir?: string } = {}): Promise<Map<string, MediaFileFacts | null>> {
  const local = [...new Set(hrefs)].filter(isLocalDocument);
  return new Map(await Promise.all(local.map(async (href) => [href, await mediaFacts(href, options)] as const)));
}

/**
 * Every media, captions and poster href the briefings name, read before validation so it can stay pure.
 * @example mediaHrefs([{ collection: 'briefings', data: { media: { src: '/media/a.mp4' } } }]) // ['/media/a.mp4']
 */
export function mediaHrefs(entries: readonly { collection: string; data: unknown }[]): string[] {
  return entries
    .filter((e) => e.collection === 'briefings')
    .flatMap((e) => {
      const media = (e.data as { media?: Record<string, unknown> } | null)?.media;
      return media && typeof media === 'object' ? [media.src, media.captions, media.poster] : [];
    })
    .filter((href): href is string => typeof href === 'string');
}
