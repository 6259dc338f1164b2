import { describe, expect, test } from 'vitest';
import { ctx } from '../../../tests/fixtures/newsletter-issue.ts';
import { decodeEntities, htmlToText, renderEmailText, wrapText } from './newsletter-text.ts';

describe('plain-text newsletters', () => {
  test.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['&#8211; and &#x2019;', '– and ’'],
    ['&unknown; stays', '&unknown; stays'],
  ])('%s decodes to %s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });

  test('a paragraph wraps at the width without breaking words or links', () => {
    expect(wrapText('one two three four', 9)).toBe('one two\nthree\nfour');
    expect(wrapText('see https://example.org/a-very-long-address/ now', 10)).toBe('see\nhttps://example.org/a-very-long-address/\nnow');
  });

  test.each([
    ['a link is written out after its text', '<p>See <a href="https://x.org/r/">the review</a>.</p>', 'See the review (https://x.org/r/).'],
    ['a link whose text is its address is written once', '<p><a href="mailto:a@b.org">a@b.org</a></p>', 'mailto:a@b.org'],
    ['paragraphs stay apart', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['list items are bulleted', '<ul><li>One</li><li>Two</li></ul>', '• One\n\n• Two'],
    ['entities are decoded', '<p>Fish &amp; chips</p>', 'Fish & chips'],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  const text = renderEmailText(ctx);

  test('the text version has the title, every entry with its address, and the sessions', () => {
    expect(text.split('\n')[0]).toBe('Autumn <2026>');
    expect(text).toContain('Child K & <family>\nReview, 23 September 2026\nA review.\nhttps://example.org/reviews/child-k/');
    expect(text).toContain('the review (https://example.org/reviews/child-k/)');
    expect(text).toContain('5 November 2026, 09:30 to 12:30: Basics, Online\nhttps://example.org/courses/basics/');
    expect(text).toContain('6 November 2026: Neglect, Civic Centre. Full\nhttps://example.org/courses/neglect/');
    expect(text).not.toContain('alert(1)');
  });

  test('the footer says why the reader received it, how to unsubscribe and how to subscribe', () => {
    expect(text).toContain('You are receiving this because you signed up for the Northvale SCP\nlearning newsletter.\nUnsubscribe: *|UNSUB|*\nSubscribe: https://lists.example.org/learning\n');
  });

  test('no line is longer than 72 characters except a written-out address', () => {
    expect(text.split('\n').filter((l) => l.length > 72 && !/^https?:/.test(l))).toEqual([]);
  });
});
