import { describe, expect, test } from 'vitest';
import { icsLinks, jsonLinks, textLinks, xmlLinks } from './scan-text.ts';

describe('the other outputs', () => {
  test('a feed gives its hrefs and web ids, and refuses a javascript: link even behind a character reference', () => {
    const feed = xmlLinks('<feed><id>tag:x.org,2026:feed</id><link href="https://x.org/a/"/><entry><id>https://x.org/b/</id><link href="java&#x09;script:alert(1)"/></entry></feed>');
    expect(feed.links).toEqual(['https://x.org/a/', 'https://x.org/b/']);
    expect(feed.refused).toEqual([expect.stringContaining('javascript:')]);
  });

  test('a sitemap gives its addresses', () => {
    expect(xmlLinks('<urlset><url><loc>https://x.org/a/?b=1&amp;c=2</loc></url></urlset>').links).toEqual(['https://x.org/a/?b=1&c=2']);
  });

  test('a calendar gives its URLs, unfolded, and the web addresses in its descriptions', () => {
    const ics = icsLinks('BEGIN:VEVENT\r\nDESCRIPTION:Book a place: https://book.example/a\r\n  (online)\r\nURL:https://x.org/courses/\r\n a/\r\nEND:VEVENT\r\n');
    expect(ics.links).toEqual(['https://book.example/a', 'https://x.org/courses/a/']);
    expect(ics.refused).toEqual([]);
  });

  test.each([
    ['URL:javascript:alert(1)\r\n', "a javascript: address in the calendar's URL"],
    ['DESCRIPTION:Book: java\tscript:alert(1)\r\n', "a javascript: address in the calendar's DESCRIPTION"],
    ['DESCRIPTION:Book: data:text/html\\,<script>\r\n', "a data: address in the calendar's DESCRIPTION"],
  ])('a calendar with %j is refused', (text, what) => {
    expect(icsLinks(text).refused).toEqual([expect.stringContaining(what)]);
  });

  test('open data gives the addresses under address keys only, at any depth', () => {
    const data = jsonLinks(JSON.stringify({ $schema: 'https://x.org/s.json', items: [{ title: 'Data: what we found', url: 'https://x.org/r/', documents: [{ href: '/reports/a.pdf' }], booking: 'java\tscript:alert(1)' }] }));
    expect(data.links).toEqual(['https://x.org/s.json', 'https://x.org/r/', '/reports/a.pdf']);
    expect(data.refused).toEqual([expect.stringContaining('a javascript: address in "booking"')]);
  });

  test('a text email gives its web addresses without the punctuation around them', () => {
    const text = textLinks('See the review (https://x.org/reviews/a/).\nAnd https://x.org/b/, then mailto:a@b.org.');
    expect(text.links).toEqual(['https://x.org/reviews/a/', 'https://x.org/b/']);
    expect(text.refused).toEqual([]);
  });

  test.each([
    ['Click javascript:alert(1)'],
    ['Click JAVA\tSCRIPT:alert(1)'],
    ['Open data:text/html;base64,PHNjcmlwdD4='],
  ])('a text email with %j is refused', (text) => {
    expect(textLinks(text).refused).toHaveLength(1);
  });

  test('words that only look like a scheme are not refused', () => {
    expect(textLinks('Data: the figures. Note: none.').refused).toEqual([]);
  });
});
