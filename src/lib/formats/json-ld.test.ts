import { describe, expect, test } from 'vitest';
import { briefingJsonLd, reviewJsonLd, serializeJsonLd, type BriefingLd, type ReviewLd } from './json-ld.ts';

const PUBLISHER = { name: 'Northvale SCP', url: 'https://learning.example/' };
const REVIEW: ReviewLd = {
  url: 'https://learning.example/reviews/child-q/',
  title: 'Child Q',
  summary: 'How agencies worked with a teenager.',
  published: '2025-03-14',
  kindLabel: 'Local child safeguarding practice review',
  themes: ['Child exploitation'],
  keyMessages: ['Ask where a child has been.', 'Share what you know.'],
  documents: [{ label: 'Full report', href: 'https://learning.example/reports/child-q.pdf', format: 'pdf', bytes: 1_234_567 }],
};
const BRIEFING: BriefingLd = {
  url: 'https://learning.example/briefings/child-q-7/',
  title: 'Child Q in seven minutes',
  summary: 'The learning in brief.',
  published: '2025-04-01',
  formatLabel: '7-minute briefing',
  audiences: ['Workforce'],
  themes: [],
  sources: ['https://learning.example/reviews/child-q/'],
};

describe('reviewJsonLd', () => {
  const ld = reviewJsonLd(REVIEW, PUBLISHER);

  test('a review is a schema.org Report published by the partnership', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', name: 'Child Q', datePublished: '2025-03-14', publisher: { '@type': 'Organization', name: 'Northvale SCP' } });
  });

  test('its report files are media objects with their type and size', () => {
    expect(ld.associatedMedia).toEqual([{ '@type': 'MediaObject', name: 'Full report', contentUrl: REVIEW.documents[0]!.href, encodingFormat: 'application/pdf', contentSize: '1234567 bytes' }]);
  });

  test('a review without documents or an author names no media and the partnership as author', () => {
    const bare = reviewJsonLd({ ...REVIEW, documents: [], themes: [] }, PUBLISHER);
    expect(bare.associatedMedia).toBeUndefined();
    expect(bare.keywords).toBeUndefined();
    expect(bare.author).toEqual({ '@type': 'Organization', name: 'Northvale SCP', url: PUBLISHER.url });
  });

  test('a named reviewer is the author', () => {
    expect(reviewJsonLd({ ...REVIEW, author: 'Jo Reviewer' }, PUBLISHER).author).toEqual({ '@type': 'Person', name: 'Jo Reviewer' });
  });
});

describe('briefingJsonLd', () => {
  const ld = briefingJsonLd(BRIEFING, PUBLISHER);

  test('a briefing is both an Article and a LearningResource', () => {
    expect(ld['@type']).toEqual(['Article', 'LearningResource']);
    expect(ld.learningResourceType).toBe('7-minute briefing');
  });

  test('it is based on its source reviews and addressed to its audiences', () => {
    expect(ld.isBasedOn).toEqual(['https://learning.example/reviews/child-q/']);
    expect(ld.audience).toEqual([{ '@type': 'Audience', audienceType: 'Workforce' }]);
  });

  test('empty lists are left out rather than written as []', () => {
    expect(JSON.parse(serializeJsonLd(ld))).not.toHaveProperty('keywords');
  });
});

describe('serializeJsonLd', () => {
  test.each([
    ['</script><script>alert(1)</script>', '"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"'],
    ['<!-- x', '"\\u003c!-- x"'],
    ['Tom & Jerry', '"Tom \\u0026 Jerry"'],
    ['line\u2028break', '"line\\u2028break"'],
  ])('%j cannot break out of the script element', (text, expected) => {
    expect(serializeJsonLd(text)).toBe(expected);
  });

  test('the escaped text still parses to the same data', () => {
    const data = { name: '</script> & <b>' };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
