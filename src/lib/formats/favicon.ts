/**
 * The site's icon: the first letter of the partnership's short name on its brand colour, the
 * colours checked for contrast with the rest of the brand (partnership.yaml `colours`).
 */
import { escapeXml } from './atom.ts';

/**
 * An SVG favicon with one letter on a rounded square.
 * @example faviconSvg('NSCP', { brand: '#1d4f91', onBrand: '#ffffff' }) // '<svg …><rect … fill="#1d4f91"/><text … fill="#ffffff">N</text></svg>'
 */
export function faviconSvg(shortName: string, colours: { brand: string; onBrand: string }): string {
  const letter = escapeXml([...shortName.trim()][0]?.toLocaleUpperCase('en-GB') ?? '');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" rx="6" fill="${colours.brand}"/>`,
    `<text x="16" y="23" text-anchor="middle" font-family="system-ui, Arial, sans-serif" font-size="22" font-weight="700" fill="${colours.onBrand}">${letter}</text>`,
    '</svg>\n',
  ].join('');
}
