import { describe, expect, test } from 'vitest';
import { checkBrandContrast, contrastRatio, formatRatio, relativeLuminance, type Colours } from './contrast.ts';

const GOOD: Colours = { brand: '#1d4f91', onBrand: '#ffffff', text: '#0b0c0c', background: '#ffffff', link: '#1d4f91', accent: '#ffdd00' };

describe('contrastRatio', () => {
  test.each([
    ['#000000', '#ffffff', '21:1'],
    ['#ffffff', '#000000', '21:1'],
    ['#777777', '#777777', '1:1'],
    ['#767676', '#ffffff', '4.54:1'],
    ['#777777', '#ffffff', '4.47:1'],
    ['#1d4f91', '#ffffff', '8.14:1'],
    ['#0b0c0c', '#ffdd00', '14.54:1'],
  ])('%s against %s is %s', (a, b, expected) => {
    expect(formatRatio(contrastRatio(a, b))).toBe(expected);
  });

  test('upper- and lower-case hex give the same luminance', () => {
    expect(relativeLuminance('#ABCDEF')).toBe(relativeLuminance('#abcdef'));
  });

  test('a colour not written #rrggbb is refused', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
  });
});

describe('formatRatio', () => {
  test('a ratio just below the threshold never rounds up to a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });
});

describe('checkBrandContrast', () => {
  test('the default GOV.UK-like colours pass', () => {
    expect(checkBrandContrast(GOOD)).toEqual([]);
  });

  test.each<[Partial<Colours>, string[]]>([
    [{ link: '#8899aa' }, ['link']],
    [{ text: '#999999' }, ['text']],
    [{ onBrand: '#ffdd00', brand: '#ffffff' }, ['onBrand']],
    [{ accent: '#333333' }, ['accent']],
    [{ background: '#0b0c0c' }, ['text', 'link']],
  ])('changing %o fails the pairs %o', (change, fields) => {
    expect(checkBrandContrast({ ...GOOD, ...change }).map((f) => f.field)).toEqual(fields);
  });

  test.each<[Partial<Colours>, string]>([
    [{ link: '#8899aa' }, 'darker'],
    [{ background: '#0b0c0c', text: '#333333', link: '#ffffff' }, 'lighter'],
    [{ accent: '#333333' }, 'lighter'],
  ])('changing %o asks for a %s colour', (change, fix) => {
    expect(checkBrandContrast({ ...GOOD, ...change })[0]?.fix).toBe(fix);
  });

  test('a failure names both colours, its ratio and the ratio required', () => {
    expect(checkBrandContrast({ ...GOOD, link: '#8899aa' })[0]).toMatchObject({ foreground: '#8899aa', background: '#ffffff', required: 4.5, ratio: expect.closeTo(2.92, 2) });
  });
});
