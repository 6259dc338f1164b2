import { describe, expect, test } from 'vitest';
import { addressOf, describeBrokenLink, findBrokenLinks, type LinkSource } from './link-check.ts';

const FILES = ['index.html', 'reviews/index.html', 'reviews/child-a/index.html', 'brand.css', 'reports/child-a.pdf', '404.html'];

/** One page linking to `links`, in a site of FILES where child-a has the ids given. */
function check(links: string[], options: { base?: string; from?: string } = {}) {
  const sources = new Map<string, LinkSource>([
    ['index.html', { links: [], ids: ['main-content'] }],
    ['reviews/child-a/index.html', { links: [], ids: ['main-content', 'key-messages'] }],
  ]);
  const from = options.from ?? 'index.html';
  sources.set(from, { ...sources.get(from)!, links });
  return findBrokenLinks(sources, new Set(FILES), options.base ?? '/');
}

describe('findBrokenLinks', () => {
  test.each([
    ['/reviews/child-a/'],
    ['/reviews/'],
    ['/'],
    ['/brand.css'],
    ['/reports/child-a.pdf'],
    ['/reports/child-a.pdf#page=2'],
    ['/reviews/child-a'],
    ['/reviews/child-a/#key-messages'],
    ['#main-content'],
    ['#top'],
    ['#'],
    ['reviews/child-a/'],
    ['https://www.gov.uk/'],
    ['//example.org/x'],
    ['mailto:team@example.org'],
    ['tel:+441234567890'],
    ['*|UNSUB|*'],
    ['{{ unsubscribe_url }}'],
    ['%unsubscribe_url%'],
  ])('a link to %s resolves', (link) => {
    expect(check([link])).toEqual([]);
  });

  test.each([
    ['/reviews/child-b/', 'missing'],
    ['/brand.cs', 'missing'],
    ['/reviews/child-a/#what-happened', 'fragment'],
    ['#nowhere', 'fragment'],
    ['../outside/', 'missing'],
    ['*|UNSUB|*/extra', 'missing'],
  ])('a link to %s is broken (%s)', (link, reason) => {
    expect(check([link])).toEqual([{ page: '/', link, reason }]);
  });

  test('relative links resolve from the page they are on', () => {
    expect(check(['../', '#key-messages', 'nope/'], { from: 'reviews/child-a/index.html' })).toEqual([
      { page: '/reviews/child-a/', link: 'nope/', reason: 'missing' },
    ]);
  });

  test('under a base path, a link that leaves out the base is broken', () => {
    expect(check(['/cascade/reviews/child-a/', '/reviews/child-a/'], { base: '/cascade/' })).toEqual([
      { page: '/cascade/', link: '/reviews/child-a/', reason: 'outside-base' },
    ]);
  });

  test('a link repeated on a page is reported once', () => {
    expect(check(['/nope/', '/nope/'])).toHaveLength(1);
  });
});

describe('addressOf', () => {
  test.each([
    ['index.html', '/', '/'],
    ['reviews/child-a/index.html', '/', '/reviews/child-a/'],
    ['404.html', '/cascade/', '/cascade/404.html'],
    ['brand.css', '/cascade', '/cascade/brand.css'],
  ])('%s under %s is served at %s', (file, base, address) => {
    expect(addressOf(file, base)).toBe(address);
  });
});

describe('describeBrokenLink', () => {
  test('a missing page names the page and the link', () => {
    expect(describeBrokenLink({ page: '/reviews/x/', link: '/reviews/y/', reason: 'missing' })).toBe('page /reviews/x/ links to /reviews/y/ which does not exist');
  });
  test('a missing fragment names the id', () => {
    expect(describeBrokenLink({ page: '/a/', link: '/b/#c', reason: 'fragment' })).toBe('page /a/ links to /b/#c but /b/ has no element with id "c"');
    expect(describeBrokenLink({ page: '/a/', link: '#c', reason: 'fragment' })).toBe('page /a/ links to #c but /a/ has no element with id "c"');
  });
});
