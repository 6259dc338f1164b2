import { describe, expect, test } from 'vitest';
import { normaliseUrl, offSiteOrigin, refusedScheme, schemeOf } from './url-safety.ts';

describe('normaliseUrl', () => {
  test.each([
    ['java\tscript:alert(1)', 'javascript:alert(1)'],
    ['jav\na\rscript:x', 'javascript:x'],
    ['\u0000 \u001f javascript:x \u0000', 'javascript:x'],
    ['/reviews/a/', '/reviews/a/'],
  ])('%j reads as %j', (value, expected) => {
    expect(normaliseUrl(value)).toBe(expected);
  });
});

describe('schemeOf', () => {
  test.each([
    ['JavaScript:void(0)', 'javascript'],
    ['https://x.org/', 'https'],
    ['mailto:a@b.org', 'mailto'],
    ['/reviews/', undefined],
    ['#top', undefined],
    ['//x.org/', undefined],
    ['reviews/a:b', undefined],
  ])('%j has the scheme %j', (value, expected) => {
    expect(schemeOf(value)).toBe(expected);
  });
});

describe('refusedScheme', () => {
  test.each([
    ['javascript:alert(1)', 'link', 'javascript:'],
    ['java\tscript:alert(1)', 'link', 'javascript:'],
    [' \u0001JAVASCRIPT:alert(1)', 'link', 'javascript:'],
    ['vbscript:x', 'link', 'vbscript:'],
    ['data:text/html,<script>x</script>', 'link', 'data:'],
    ['data:image/png;base64,AAAA', 'load', 'data:'],
    ['file:///etc/passwd', 'link', 'file:'],
    ['mailto:a@b.org', 'load', 'mailto:'],
    ['https://x.org/', 'link', undefined],
    ['mailto:a@b.org', 'link', undefined],
    ['tel:+441234', 'link', undefined],
    ['/reviews/', 'load', undefined],
    ['../a.png', 'load', undefined],
  ] as const)('%j used as a %s is refused: %j', (value, use, expected) => {
    expect(refusedScheme(value, use)).toBe(expected);
  });
});

describe('offSiteOrigin', () => {
  const site = 'https://learning.example';
  test.each([
    ['https://tracker.example/p.gif', 'https://tracker.example'],
    ['//tracker.example/p.gif', 'https://tracker.example'],
    ['\\\\tracker.example/p.gif', 'https://tracker.example'],
    ['HTTPS://tracker.example', 'https://tracker.example'],
    ['https://learning.example/a.png', undefined],
    ['/a.png', undefined],
    ['a.png', undefined],
    ['mailto:a@b.org', undefined],
  ])('%j leaves the site for %j', (value, expected) => {
    expect(offSiteOrigin(value, site)).toBe(expected);
  });
});
