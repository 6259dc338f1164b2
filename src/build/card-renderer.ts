/**
 * Draws cards with satori (layout to SVG), resvg (SVG to pixels) and sharp (a palette PNG),
 * and keeps every drawn card in a disk cache keyed by cardCacheKey, so a rebuild only draws
 * the cards whose inputs changed. Used by the build only (src/pages/cards/…): it reads and writes files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { renderAsync } from '@resvg/resvg-js';
import { reuseNote } from '../lib/progress.ts';
import { startPhase } from './progress.ts';
import satori from 'satori';
import sharp from 'sharp';
import { buildCardTree, CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardCacheKey, type CardContent } from '../lib/formats/card.ts';
import { BuildStepError } from '../lib/errors.ts';
import { TimeLimitError, withTimeLimit } from '../lib/time-limit.ts';

const FONT_WEIGHTS = [400, 700] as const;

/** Where drawn cards survive between builds; CASCADE_CARD_CACHE moves it (tests). */
export function cardCacheDir(): string {
  return process.env.CASCADE_CARD_CACHE ?? path.resolve('node_modules/.cache/cascade/cards');
}

interface Font {
  name: string;
  data: Buffer;
  weight: (typeof FONT_WEIGHTS)[number];
  style: 'normal';
}

let fonts: { list: Font[]; hashes: string[] } | undefined;

// Latin first, then Latin Extended for the letters it lacks (Welsh ŵ and ŷ among them):
// satori falls back to the next font for a missing glyph, but only to a font of another
// name (two of one name and weight count as one), so each subset is named apart.
const FONT_SUBSETS = [
  ['latin', CARD_FONT_FAMILY],
  ['latin-ext', `${CARD_FONT_FAMILY} Extended`],
] as const;

/** The card font from @fontsource/noto-sans (satori reads .woff, not .woff2). Nothing is fetched. */
function loadFonts() {
  if (fonts) return fonts;
  const require = createRequire(path.resolve('package.json'));
  const list = FONT_SUBSETS.flatMap(([subset, name]) =>
    FONT_WEIGHTS.map((weight) => ({
      name,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  fonts = { list, hashes: list.map((f) => createHash('sha256').update(f.data).digest('hex')) };
  return fonts;
}

/**
 * Draws a card without the cache: the SVG from satori rasterised by resvg, encoded by sharp. A card that takes
 * longer than the card time limit (src/lib/time-limit.ts) stops the build with a message.
 */
export async function drawCard(content: CardContent): Promise<{ png: Buffer; pixels: Buffer }> {
  try {
    return await withTimeLimit('card', `Drawing the card for "${content.title}"`, (async () => {
      const svg = await satori(buildCardTree(content) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts().list });
      // Rasterising is most of a card's cost; renderAsync runs it on libuv's thread pool, so
      // cards rendered concurrently (build.concurrency) use every core.
      const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
      // A card is two or three flat colours and their anti-aliased edges, so a palette PNG
      // looks the same at a third of the bytes (51 KB → 19 KB; 9,500 cards were 409 MB of a
      // 5,000 + 5,000 site): sharp encodes it on libuv's thread pool in about 14 ms.
      const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ palette: true, compressionLevel: 6, effort: 1, dither: 0 }).toBuffer();
      return { png, pixels: image.pixels };
    })());
  } catch (cause) {
    if (cause instanceof TimeLimitError) throw cause;
    throw new BuildStepError('A card could not be drawn', `satori, resvg or sharp failed on the card for "${content.title}": ${(cause as Error).message}`, { cause, hint: 'Run the build with CASCADE_DEBUG=1 to see the full error.' });
  }
}

/**
 * The card's PNG: from the cache when its inputs are unchanged, drawn and stored otherwise.
 * @example const png = await renderCard({ title: 'Neglect', … });
 */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const key = cardCacheKey(content, loadFonts().hashes);
  const file = path.join(cardCacheDir(), `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const { png } = await drawCard(content);
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a build stopped midway never leaves half a PNG in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/**
 * Draws every card that is not in the cache yet, a few at a time: satori lays one out while
 * resvg rasterises others on its thread pool, so a cold build uses every core. Each later
 * renderCard call then reads its card from the cache. Reported as "cards drawn n of N" with
 * how many were cached.
 * @example await drawMissingCards(cards.map((c) => ({ name: c.slug, content: c.content })));
 */
export async function drawMissingCards(cards: readonly { name: string; content: CardContent }[], parallel = Math.max(2, availableParallelism())): Promise<void> {
  const missing = cards.filter(({ content }) => !existsSync(path.join(cardCacheDir(), `${cardCacheKey(content, loadFonts().hashes)}.png`)));
  const phase = startPhase('cards drawn', { total: missing.length, timing: 'cards' });
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const card = missing[next++]!;
      await renderCard(card.content);
      phase.tick(card.name);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, missing.length) }, worker));
  phase.end({ note: reuseNote(missing.length, cards.length, 'cached', phase.names) });
}
