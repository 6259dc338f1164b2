/**
 * Briefing and review cards: the 1200×630 picture a link preview shows. This module only
 * lays the card out (a satori element tree) and names what the drawing depends on; the
 * renderer in src/build/card-renderer.ts draws it and keeps the disk cache.
 */
import type { CARD_COLLECTIONS } from '../../collections.ts';
import { createHash } from 'node:crypto';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the layout below or the PNG encoding changes, so every cached card is drawn again. */
export const CARD_TEMPLATE_VERSION = 3;
export const CARD_FONT_FAMILY = 'Noto Sans';

const PADDING = 72;
const TITLE_WIDTH = CARD_WIDTH - 2 * PADDING;
/** Room left for the title once the label, the footer and the padding are placed. */
const TITLE_HEIGHT = 330;
const LINE_HEIGHT = 1.15;
/** Noto Sans Bold's mean advance width, in ems, for English text (measured, rounded up). */
const MEAN_CHAR_EM = 0.56;
const TITLE_SIZES = [72, 64, 56, 50, 44, 40, 36] as const;

export type CardCollection = (typeof CARD_COLLECTIONS)[number];

/** Everything a card shows; nothing else changes its pixels except the template and font. */
export interface CardContent {
  title: string;
  /** What the entry is, e.g. "7-minute briefing" or "Rapid review". */
  label: string;
  partnershipName: string;
  colours: { brand: string; onBrand: string; accent: string };
}

/** A satori element: the React-element shape satori reads, without React. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardElement | CardElement[] };
}

/**
 * The path of an entry's card inside the site.
 * @example cardPath('briefings', 'neglect-seven-minute-briefing') // 'cards/briefings/neglect-seven-minute-briefing.png'
 */
export function cardPath(collection: CardCollection, slug: string): string {
  return `cards/${collection}/${slug}.png`;
}

/**
 * The alternative text of a card: what it says, in reading order.
 * @example cardAlt({ title: 'Child Q', label: 'Rapid review', partnershipName: 'NSCP', colours }) // 'Rapid review: Child Q. NSCP.'
 */
export function cardAlt(content: CardContent): string {
  return `${content.label}: ${content.title}. ${content.partnershipName}.`;
}

/**
 * How many lines a title takes at a font size, wrapping at spaces as satori does. Long words
 * are counted as broken across lines, as the card's `word-break` does.
 * @example estimateTitleLines('Neglect', 72) // 1
 */
export function estimateTitleLines(title: string, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(TITLE_WIDTH / (fontSize * MEAN_CHAR_EM)));
  let lines = 1;
  let used = 0;
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.floor((word.length - 1) / perLine);
    used = ((word.length - 1) % perLine) + 1;
  }
  return lines;
}

/**
 * The largest title size at which the whole title fits its box; the smallest size otherwise
 * (the card then clamps the title with an ellipsis rather than overflow).
 * @example titleFontSize('Neglect') // 72
 */
export function titleFontSize(title: string): number {
  for (const size of TITLE_SIZES) {
    const lines = estimateTitleLines(title, size);
    if (lines * size * LINE_HEIGHT <= TITLE_HEIGHT) return size;
  }
  return TITLE_SIZES[TITLE_SIZES.length - 1];
}

/**
 * Text as the card can draw it: the card font covers Latin with its extensions (Welsh ŵ and ŷ,
 * Irish, Polish names), not pictures, so emoji and their joiners are dropped rather than drawn
 * as empty boxes.
 * @example cardText('Safer sleep 👶 for babies') // 'Safer sleep for babies'
 */
export function cardText(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]|\u200D|\uFE0E|\uFE0F|\u20E3/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The card as a satori element tree: label at the top, title in the middle, the partnership's
 * name at the foot above an accent rule, in the brand colours.
 * @example buildCardTree({ title: 'Neglect', label: 'Learning summary', partnershipName: 'NSCP', colours }).type // 'div'
 */
export function buildCardTree(card: CardContent): CardElement {
  const content = { ...card, title: cardText(card.title), label: cardText(card.label), partnershipName: cardText(card.partnershipName) };
  const { brand, onBrand, accent } = content.colours;
  const size = titleFontSize(content.title);
  const maxLines = Math.max(1, Math.floor(TITLE_HEIGHT / (size * LINE_HEIGHT)));
  const text = (style: Record<string, string | number>, children: string): CardElement => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
  return {
    type: 'div',
    props: {
      style: { width: CARD_WIDTH, height: CARD_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: PADDING, backgroundColor: brand, color: onBrand, fontFamily: CARD_FONT_FAMILY },
      children: [
        text({ fontSize: 32, fontWeight: 400, lineHeight: 1.2 }, content.label),
        {
          type: 'div',
          props: {
            style: { display: 'block', width: TITLE_WIDTH, maxHeight: TITLE_HEIGHT, overflow: 'hidden', fontSize: size, fontWeight: 700, lineHeight: LINE_HEIGHT, wordBreak: 'break-word', lineClamp: maxLines },
            children: content.title,
          },
        },
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column' },
            children: [
              { type: 'div', props: { style: { width: 160, height: 10, backgroundColor: accent, marginBottom: 20 } } },
              text({ fontSize: 30, fontWeight: 700, lineHeight: 1.2 }, content.partnershipName),
            ],
          },
        },
      ],
    },
  };
}

/**
 * The cache key of a drawn card: a hash of what it shows, the template version and the
 * font files' own hashes. Equal keys mean byte-equal PNGs, so a cached card can be reused.
 * @example cardCacheKey(content, ['9f2c…', '41ab…']) // 'e3b0c442…' (64 hex digits)
 */
export function cardCacheKey(content: CardContent, fontHashes: readonly string[]): string {
  const { title, label, partnershipName, colours } = content;
  const inputs = [CARD_TEMPLATE_VERSION, title, label, partnershipName, colours.brand, colours.onBrand, colours.accent, ...fontHashes];
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}
