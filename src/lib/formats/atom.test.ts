import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { escapeXml, renderAtomFeed, sortNewestFirst, toRfc3339, type AtomFeed } from './atom.ts';

const feed: AtomFeed = {
  title: 'Reviews – NSCP',
  selfUrl: 'https://example.org/reviews/feed.xml',
  pageUrl: 'https://example.org/reviews/',
  author: { name: 'Northvale Safeguarding Children Partnership', email: 'learning@example.org' },
  emptyUpdated: '2026-11-22',
  entries: [
    { url: 'https://example.org/reviews/old/', title: 'Old', summary: 'Older review.', published: '2024-01-10' },
    { url: 'https://example.org/reviews/new/', title: 'Child & family <B>', summary: 'Says "hello" & more.', published: '2026-03-01', categories: ['Neglect'] },
    { url: 'https://example.org/reviews/revised/', title: 'Revised', summary: 'Published earlier, updated later.', published: '2025-01-01', updated: '2026-05-01' },
  ],
};
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) }).parse(xml).feed;

describe('Atom feeds', () => {
  test.each([
    ['&', '&amp;'],
    ['<b>', '&lt;b&gt;'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &apos;single&apos;'],
    ['a\u0007bell', 'abell'],
  ])('%s is escaped for XML', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  test('dates are written as RFC 3339 timestamps', () => {
    expect(toRfc3339('2026-03-09')).toBe('2026-03-09T00:00:00Z');
  });


  test('entries are listed newest first by their last change', () => {
    expect(sortNewestFirst(feed.entries).map((e) => e.title)).toEqual(['Revised', 'Child & family <B>', 'Old']);
  });

  test('the feed parses as XML and has every element Atom requires', () => {
    const parsed = parse(renderAtomFeed(feed));
    expect(parsed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.id).toBe('https://example.org/reviews/');
    expect(parsed.title).toBe('Reviews – NSCP');
    expect(parsed.updated).toBe('2026-05-01T00:00:00Z');
    expect(parsed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    expect(parsed.author.name).toBe('Northvale Safeguarding Children Partnership');
    const [first, second] = parsed.entry;
    expect(first.id).toBe('https://example.org/reviews/revised/');
    expect(first.updated).toBe('2026-05-01T00:00:00Z');
    expect(first.published).toBe('2025-01-01T00:00:00Z');
    expect(second.title).toBe('Child & family <B>');
    expect(second.summary).toBe('Says "hello" & more.');
    expect(second.category[0]['@term']).toBe('Neglect');
  });

  test('an empty feed is still valid and dated by the build', () => {
    const parsed = parse(renderAtomFeed({ ...feed, entries: [] }));
    expect(parsed.updated).toBe('2026-11-22T00:00:00Z');
    expect(parsed.entry).toBeUndefined();
  });
});
