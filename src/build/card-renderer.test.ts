import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent } from '../lib/formats/card.ts';
import { drawCard, renderCard } from './card-renderer.ts';

const colours = { brand: '#1d4f91', onBrand: '#ffffff', accent: '#ffdd00' };
const card = (title: string): CardContent => ({ title, label: 'Single agency review', partnershipName: 'Northvale Safeguarding Children Partnership', colours });

/** The PNG's size, read from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Pixels (RGBA) in the outer margin that are not the brand colour: anything drawn there overflowed. */
function paintedMarginPixels(pixels: Buffer, margin: number): number {
  let painted = 0;
  for (let y = 0; y < CARD_HEIGHT; y += 1) {
    for (let x = 0; x < CARD_WIDTH; x += 1) {
      if (x >= margin && x < CARD_WIDTH - margin && y >= margin && y < CARD_HEIGHT - margin) continue;
      const i = (y * CARD_WIDTH + x) * 4;
      if (pixels[i] !== 0x1d || pixels[i + 1] !== 0x4f || pixels[i + 2] !== 0x91) painted += 1;
    }
  }
  return painted;
}

describe('drawing a card', () => {
  test.each([
    ['the longest title in the example content', 'Single-agency review of emergency department care for young people who self-harm'],
    ['a title three times longer than any in the content', 'Single-agency review of emergency department care for young people who self-harm, '.repeat(3)],
    ['a title far too long for any size, clamped with an ellipsis', 'The partnership looked again at how agencies shared what they knew. '.repeat(10)],
    ['a title with one very long word', `Review ${'Supercalifragilisticexpialidocious'.repeat(4)}`],
  ])('%s wraps inside the card and never reaches its edges', async (_, title) => {
    const { png, pixels } = await drawCard(card(title));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(paintedMarginPixels(pixels, 48)).toBe(0);
  });
});

describe('a card’s file', () => {
  test('is a palette PNG a third the size of a full-colour one, with the same picture', async () => {
    const { png, pixels } = await drawCard(card('Seven-minute briefing: neglect, drift and seeing each child'));
    // IHDR's colour type (byte 25): 3 is indexed colour.
    expect(png[25]).toBe(3);
    expect(png.length).toBeLessThan(30 * 1024);
    const decoded = await sharp(png).ensureAlpha().raw().toBuffer();
    let different = 0;
    for (let i = 0; i < decoded.length; i += 4) if (Math.abs(decoded[i]! - pixels[i]!) + Math.abs(decoded[i + 1]! - pixels[i + 1]!) + Math.abs(decoded[i + 2]! - pixels[i + 2]!) > 24) different += 1;
    // Only a few anti-aliased edge pixels may shift visibly.
    expect(different / (CARD_WIDTH * CARD_HEIGHT)).toBeLessThan(0.001);
  });
});

describe('the card cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cascade-cards-'));
    process.env.CASCADE_CARD_CACHE = path.join(dir, 'cache');
  });
  afterAll(() => {
    delete process.env.CASCADE_CARD_CACHE;
    rmSync(dir, { recursive: true, force: true });
  });

  test('a card is drawn once, then reused byte for byte until what it shows changes', async () => {
    const cached = () => readdirSync(path.join(dir, 'cache'));
    const first = await renderCard(card('Neglect'));
    expect(cached()).toHaveLength(1);
    const again = await renderCard(card('Neglect'));
    expect(again.equals(first)).toBe(true);
    expect(cached()).toHaveLength(1);
    const changed = await renderCard(card('Neglect and the child’s day'));
    expect(changed.equals(first)).toBe(false);
    expect(cached()).toHaveLength(2);
  });
});

/** Pixels (RGBA) anywhere on the card that are not the brand colour: the ink of what it shows. */
function inkPixels(pixels: Buffer): number {
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] !== 0x1d || pixels[i + 1] !== 0x4f || pixels[i + 2] !== 0x91) ink += 1;
  return ink;
}

describe('letters beyond basic Latin', () => {
  test('Welsh ŵ and ŷ are drawn as letters with their circumflex, not boxes or gaps', async () => {
    const plain = inkPixels((await drawCard(card('wy wy wy'))).pixels);
    const welsh = inkPixels((await drawCard(card('ŵŷ ŵŷ ŵŷ'))).pixels);
    // The accented letters add their circumflexes to the same letters' ink; a missing glyph
    // would draw nothing or an empty box, far from that.
    expect(welsh).toBeGreaterThan(plain);
    expect(welsh).toBeLessThan(plain * 1.15);
  });

  test('emoji are dropped cleanly: the card is the same as without them', async () => {
    const withEmoji = await drawCard(card('Safer sleep 👶🏽 for babies ❤️'));
    const without = await drawCard(card('Safer sleep for babies'));
    expect(withEmoji.pixels.equals(without.pixels)).toBe(true);
  });
});
