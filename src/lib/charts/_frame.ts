/**
 * What every chart shares: the row geometry (a label line above a bar) and the <svg> frame
 * that names the picture by its own <title> and <desc>.
 */
import { escapeXml } from './_escape.ts';

export const WIDTH = 360;
export const ROW = 52;
export const LABEL_BASELINE = 18;
export const BAR_TOP = 26;
export const BAR_HEIGHT = 18;

export interface ChartFrame {
  /** A page-unique id: the <title> and <desc> ids derive from it. */
  id: string;
  title: string;
  /** A sentence saying what the chart shows, read out with the title. */
  description: string;
}

/**
 * The <svg> element around a chart's shapes.
 * @example frameSvg({ id: 'k', title: 'Kinds', description: '3 in all' }, 52, ['<g>…</g>'])
 */
export function frameSvg({ id, title, description }: ChartFrame, height: number, parts: readonly string[]): string {
  return [
    `<svg class="chart__svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    ...parts,
    `</svg>`,
  ].join('');
}
