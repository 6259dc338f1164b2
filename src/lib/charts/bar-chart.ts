/**
 * Horizontal bar charts drawn as static SVG at build time: no chart library and no script
 * reach the browser. Every bar carries its label and value as text, so neither colour nor
 * length alone carries a figure, and the chart is named by its own <title> and <desc>.
 */

import { escapeXml } from './_escape.ts';
import { BAR_HEIGHT, BAR_TOP, frameSvg, LABEL_BASELINE, ROW, WIDTH, type ChartFrame } from './_frame.ts';
import { textureAttributes, textureDefs, type Texture } from './_textures.ts';

export { escapeXml };

export interface Bar {
  label: string;
  value: number;
  /** How the bar is filled; default plain (the link colour). Status bars use distinct textures. */
  texture?: Texture;
  /** The text after the bar, e.g. "5 (42%)". Default: the value. */
  display?: string;
}

export interface BarChartOptions extends ChartFrame {
  bars: readonly Bar[];
}

// Room after the longest bar for its value text.
const VALUE_ROOM = 88;
export const MAX_BAR_LENGTH = WIDTH - VALUE_ROOM;

/**
 * The length of each bar, proportional to its value; the largest value gets the full length.
 * A value above zero always shows at least a sliver so it is not mistaken for none.
 * @example barLengths([{ label: 'a', value: 2 }, { label: 'b', value: 1 }], 100) // [100, 50]
 */
export function barLengths(bars: readonly Bar[], maxLength = MAX_BAR_LENGTH): number[] {
  const max = Math.max(0, ...bars.map((b) => b.value));
  return bars.map((b) => (max === 0 || b.value <= 0 ? 0 : Math.max(2, Math.round((b.value / max) * maxLength * 10) / 10)));
}

/**
 * The SVG markup of a horizontal bar chart, one labelled row per bar.
 * @example drawBarChart({ id: 'kinds', title: 'Reviews by kind', description: '3 in all', bars: [{ label: 'LCSPR', value: 2 }] })
 */
export function drawBarChart(options: BarChartOptions): string {
  const { id, bars } = options;
  const lengths = barLengths(bars);
  const height = Math.max(1, bars.length) * ROW;
  const rows = bars.map((bar, i) => {
    const top = i * ROW;
    const value = escapeXml(bar.display ?? String(bar.value));
    return [
      `<g class="chart__row">`,
      `<text class="chart__label" x="0" y="${top + LABEL_BASELINE}">${escapeXml(bar.label)}</text>`,
      lengths[i]! > 0 ? `<rect ${textureAttributes(id, bar.texture ?? 'plain')} x="0" y="${top + BAR_TOP}" width="${lengths[i]}" height="${BAR_HEIGHT}" />` : '',
      `<text class="chart__value" x="${lengths[i]! + 6}" y="${top + BAR_TOP + BAR_HEIGHT - 4}">${value}</text>`,
      `</g>`,
    ].join('');
  });
  return frameSvg(options, height, [textureDefs(id, bars.flatMap((b) => (b.texture ? [b.texture] : []))), ...rows]);
}

/**
 * A one-sentence reading of the figures for the chart's caption and description.
 * @example summariseBars([{ label: 'Podcast', value: 1 }, { label: 'Video', value: 3 }], 'briefings') // '4 briefings in all; the most: Video (3).'
 */
export function summariseBars(bars: readonly Bar[], noun: string): string {
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  if (total === 0) return `No ${noun} in this period.`;
  const max = Math.max(...bars.map((b) => b.value));
  const top = bars.filter((b) => b.value === max).map((b) => b.label);
  const names = top.length === 1 ? top[0] : `${top.slice(0, -1).join(', ')} and ${top.at(-1)}`;
  return `${total} ${noun} in all; the most: ${names} (${max}${top.length > 1 ? ' each' : ''}).`;
}
