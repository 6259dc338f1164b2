import { describe, expect, test } from 'vitest';
import { faviconSvg } from './favicon.ts';

describe('faviconSvg', () => {
  test('draws the first letter of the short name in the header colours', () => {
    const svg = faviconSvg('nscp', { brand: '#1d4f91', onBrand: '#ffffff' });
    expect(svg).toContain('fill="#1d4f91"');
    expect(svg).toMatch(/fill="#ffffff">N<\/text>/);
  });

  test('escapes a letter that means something in SVG', () => {
    expect(faviconSvg('&Co', { brand: '#000000', onBrand: '#ffffff' })).toContain('>&amp;</text>');
  });
});
