/** What a phone downloads for one page: HTML, CSS and JS, raw and gzipped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  html: [number, number];
  css: [number, number];
  js: [number, number];
}

const sizes = (buffer: Buffer): [number, number] => [buffer.length, gzipSync(buffer).length];

/** Resolves a root-relative URL in a page to its file in the output folder. */
function fileFor(outDir: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const file = path.join(outDir, decodeURIComponent(url.split(/[?#]/)[0]!));
  return existsSync(file) ? file : undefined;
}

export function pageWeight(outDir: string, page: string): PageWeight | undefined {
  const htmlFile = path.join(outDir, page, 'index.html');
  if (!existsSync(htmlFile)) return undefined;
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)].flatMap((m) => fileFor(outDir, /href="?([^" >]+)/.exec(m[0])?.[1] ?? '') ?? []);
  const js = [...text.matchAll(/<script[^>]*src="?([^" >]+)/g)].flatMap((m) => fileFor(outDir, m[1]!) ?? []);
  const total = (files: string[]) => files.map((f) => sizes(readFileSync(f))).reduce<[number, number]>((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
  const inlineJs = [...text.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!)).filter((b) => b.length);
  const jsTotal = total(js);
  for (const chunk of inlineJs) {
    const [raw, gz] = sizes(chunk);
    jsTotal[0] += raw;
    jsTotal[1] += gz;
  }
  return { page, html: sizes(html), css: total(css), js: jsTotal };
}

/** The first page of a collection's entries in the output, for sampling. */
export function samplePages(outDir: string, collection: string, count: number): string[] {
  const dir = path.join(outDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'index.html')) && !/^\d+$/.test(name) && !['kind', 'theme', 'agency', 'year', 'format', 'audience', 'sector'].includes(name))
    .sort()
    .slice(0, count)
    .map((name) => `${collection}/${name}/`);
}
