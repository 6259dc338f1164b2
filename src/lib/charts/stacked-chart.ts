/**
 * Stacked horizontal bars, one row per period (a reporting year), drawn as static SVG: each row
 * is split into its parts, every part has its own texture (see _textures.ts), a legend names
 * them, and the row's total is written after the bar. The exact figures go in a table beside.
 */
import { escapeXml } from './_escape.ts';
import { BAR_HEIGHT, BAR_TOP, frameSvg, LABEL_BASELINE, ROW, WIDTH, type ChartFrame } from './_frame.ts';
import { textureAttributes, textureDefs, type Texture } from './_textures.ts';

export interface StackSeries {
  label: string;
  texture: Texture;
}

export interface StackRow {
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
  /** The text after the bar. Default: the row's total. */
  display?: string;
}

export interface StackedChartOptions extends ChartFrame {
  series: readonly StackSeries[];
  rows: readonly StackRow[];
}

const LEGEND_ROW = 22;
const SWATCH = 14;
// Room after the longest bar for its total.
const VALUE_ROOM = 100;
export const STACK_LENGTH = WIDTH - VALUE_ROOM;

/**
 * The length of each part of each row, on one scale: the largest row total fills the length.
 * @example stackLengths([{ label: '', values: [1, 1] }, { label: '', values: [2, 0] }], 100) // [[50, 50], [100, 0]]
 */
export function stackLengths(rows: readonly StackRow[], maxLength = STACK_LENGTH): number[][] {
  const max = Math.max(0, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  return rows.map((r) => r.values.map((v) => (max === 0 ? 0 : Math.round((v / max) * maxLength * 10) / 10)));
}

/**
 * The SVG markup: a legend, then one labelled stacked bar per row.
 * @example drawStackedChart({ id: 'trend', title: 'Recommendations', description: '…', series: [{ label: 'On time', texture: 'solid' }], rows: [{ label: '2025/26', values: [3] }] })
 */
export function drawStackedChart(options: StackedChartOptions): string {
  const { id, series, rows } = options;
  const lengths = stackLengths(rows);
  const legendHeight = series.length * LEGEND_ROW + 8;
  const height = legendHeight + Math.max(1, rows.length) * ROW;
  const legend = series.map((s, i) => {
    const top = i * LEGEND_ROW;
    return `<g class="chart__key"><rect ${textureAttributes(id, s.texture)} x="0" y="${top + 2}" width="${SWATCH}" height="${SWATCH}" /><text class="chart__label" x="${SWATCH + 8}" y="${top + 14}">${escapeXml(s.label)}</text></g>`;
  });
  const bars = rows.map((row, r) => {
    const top = legendHeight + r * ROW;
    let x = 0;
    const parts = row.values.map((_, i) => {
      const length = lengths[r]![i]!;
      if (length <= 0) return '';
      const part = `<rect ${textureAttributes(id, series[i]!.texture)} x="${x}" y="${top + BAR_TOP}" width="${length}" height="${BAR_HEIGHT}" />`;
      x = Math.round((x + length) * 10) / 10;
      return part;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    return [
      `<g class="chart__row">`,
      `<text class="chart__label" x="0" y="${top + LABEL_BASELINE}">${escapeXml(row.label)}</text>`,
      ...parts,
      `<text class="chart__value" x="${x + 6}" y="${top + BAR_TOP + BAR_HEIGHT - 4}">${escapeXml(row.display ?? String(total))}</text>`,
      `</g>`,
    ].join('');
  });
  return frameSvg(options, height, [textureDefs(id, series.map((s) => s.texture)), ...legend, ...bars]);
}
