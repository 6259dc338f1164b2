/**
 * WCAG 2.2 contrast between two colours, and the check of a partnership's brand colours:
 * every pair that carries text must reach AA (4.5:1), or practitioners on a phone in
 * daylight and people with low vision cannot read it.
 */

/** WCAG AA for normal-size text. */
export const AA_TEXT_RATIO = 4.5;

/** Text drawn on the focus highlight (`accent`); fixed in the stylesheet, so not configurable. */
export const FOCUS_TEXT = '#0b0c0c';

const channel = (hex: string, offset: number): number => {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/**
 * Relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white).
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(hex: string): number {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new TypeError(`expected a colour written #rrggbb, got "${hex}"`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/**
 * Contrast ratio between two colours, from 1 (none) to 21 (black on white), in either order.
 * @example contrastRatio('#0b0c0c', '#ffffff') // 19.37…
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A ratio as people read it, rounded down so 4.496 never shows as a passing "4.5:1".
 * @example formatRatio(4.496) // '4.49:1'
 */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}

export interface Colours {
  brand: string;
  onBrand: string;
  text: string;
  background: string;
  link: string;
  accent: string;
}

export interface ContrastFailure {
  /** The field to change, under `colours`. */
  field: keyof Colours;
  foreground: string;
  background: string;
  /** What the pair is used for, in an editor's words. */
  use: string;
  ratio: number;
  required: number;
  /** Which way to move the field's colour to gain contrast. */
  fix: 'darker' | 'lighter';
}

/**
 * The text/background pairs of the brand colours that fail WCAG AA, each naming the field
 * an editor should change. An empty list means every pair is readable.
 * @example checkBrandContrast({ ...colours, link: '#8899aa' }) // [{ field: 'link', ratio: 2.92, … }]
 */
export function checkBrandContrast(colours: Colours): ContrastFailure[] {
  const pairs: Omit<ContrastFailure, 'ratio' | 'required' | 'fix'>[] = [
    { field: 'onBrand', foreground: colours.onBrand, background: colours.brand, use: 'header text (onBrand) on the header background (brand)' },
    { field: 'text', foreground: colours.text, background: colours.background, use: 'body text (text) on the page background (background)' },
    { field: 'link', foreground: colours.link, background: colours.background, use: 'links (link) on the page background (background)' },
    { field: 'accent', foreground: FOCUS_TEXT, background: colours.accent, use: `focused links (text ${FOCUS_TEXT}) on the focus highlight (accent)` },
  ];
  return pairs
    .map((pair) => {
      // The field is the foreground except for `accent`, which is the highlight behind fixed text.
      const [mine, other] = pair.field === 'accent' ? [pair.background, pair.foreground] : [pair.foreground, pair.background];
      const fix = relativeLuminance(mine) <= relativeLuminance(other) ? 'darker' : 'lighter';
      return { ...pair, ratio: contrastRatio(pair.foreground, pair.background), required: AA_TEXT_RATIO, fix } as ContrastFailure;
    })
    .filter((pair) => pair.ratio < pair.required);
}
