/**
 * The line at the foot of every printed page: who published it and how to reach them, so a
 * briefing pinned to a noticeboard still says where it came from. Written into brand.css as a
 * CSS page-margin box, which repeats on every sheet and never takes room from the content.
 */

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')}"`;

/**
 * The print rule for the page footer.
 * @example printFooterCss({ name: 'Northvale SCP', address: 'Civic Centre', siteUrl: 'https://x.example' }) // '@media print{@page{@bottom-left{content:"Northvale SCP · Civic Centre · x.example";…}}}'
 */
export function printFooterCss(partnership: { name: string; address?: string | undefined; siteUrl: string }): string {
  const parts = [partnership.name, partnership.address, partnership.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')].filter(Boolean) as string[];
  return `@media print{@page{@bottom-left{content:${cssString(parts.join(' · '))};font-family:system-ui,Arial,sans-serif;font-size:7pt;color:#484949;vertical-align:middle}}}\n`;
}
