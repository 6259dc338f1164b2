import { describe, expect, test } from 'vitest';
import { buildCardTree, cardAlt, cardText, cardCacheKey, cardPath, estimateTitleLines, titleFontSize, type CardContent } from './card.ts';

const content: CardContent = {
  title: 'Neglect: seeing the child’s day',
  label: '7-minute briefing',
  partnershipName: 'Northvale Safeguarding Children Partnership',
  colours: { brand: '#1d4f91', onBrand: '#ffffff', accent: '#ffdd00' },
};
const FONTS = ['font-400-hash', 'font-700-hash'];

describe('card layout', () => {
  test.each([
    ['a short title', 'Neglect', 72],
    ['a title of three lines', 'Working together: multi-agency child protection in practice', 72],
    ['the longest title in the example content', 'Single-agency review of emergency department care for young people who self-harm', 64],
    ['a title of three sentences', 'Single-agency review of emergency department care for young people who self-harm. '.repeat(3), 40],
  ])('%s gets the largest size at which it fits', (_, title, size) => {
    expect(titleFontSize(title)).toBe(size);
  });

  test('a longer title never gets a larger size than a shorter one', () => {
    const words = 'the partnership reviewed how agencies shared what they knew about the baby and the father '.repeat(4).split(' ');
    let previous = Infinity;
    for (let n = 1; n <= words.length; n += 1) {
      const size = titleFontSize(words.slice(0, n).join(' '));
      expect(size).toBeLessThanOrEqual(previous);
      previous = size;
    }
  });

  test.each([
    ['one short word', 'Neglect', 72, 1],
    ['words that wrap at spaces', 'aaaa '.repeat(40).trim(), 72, 8],
    ['one word longer than a line, broken across lines', 'a'.repeat(60), 72, 3],
  ])('%s is counted in lines', (_, title, size, lines) => {
    expect(estimateTitleLines(title, size)).toBe(lines);
  });

  test('the card shows the label, the title and the partnership name in the brand colours', () => {
    const tree = JSON.stringify(buildCardTree(content));
    for (const text of [content.title, content.label, content.partnershipName, '#1d4f91', '#ffffff', '#ffdd00']) expect(tree).toContain(JSON.stringify(text).slice(1, -1));
  });

  test('the alternative text reads the card in order', () => {
    expect(cardAlt(content)).toBe('7-minute briefing: Neglect: seeing the child’s day. Northvale Safeguarding Children Partnership.');
  });

  test('a card lives under /cards/<collection>/', () => {
    expect(cardPath('reviews', 'child-q-2024')).toBe('cards/reviews/child-q-2024.png');
  });
});

describe('card cache key', () => {
  test('the same inputs give the same key', () => {
    expect(cardCacheKey(content, FONTS)).toBe(cardCacheKey({ ...content, colours: { ...content.colours } }, [...FONTS]));
  });

  test.each([
    ['the title', { ...content, title: 'Another title' }, FONTS],
    ['the label', { ...content, label: 'Learning summary' }, FONTS],
    ['the partnership name', { ...content, partnershipName: 'Another partnership' }, FONTS],
    ['the brand colour', { ...content, colours: { ...content.colours, brand: '#000000' } }, FONTS],
    ['the accent colour', { ...content, colours: { ...content.colours, accent: '#00ff00' } }, FONTS],
    ['a font file', content, ['another-font-hash', FONTS[1]!]],
  ])('a change to %s changes the key', (_, changed, fonts) => {
    expect(cardCacheKey(changed, fonts)).not.toBe(cardCacheKey(content, FONTS));
  });
});

test.each([
  ['Safer sleep 👶 for babies', 'Safer sleep for babies'],
  ['Family 👨‍👩‍👧 support ❤️', 'Family support'],
  ['Cymru 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Gŵyl', 'Cymru Gŵyl'],
  ['Plain title', 'Plain title'],
])('cardText(%j) keeps every letter and drops the pictures: %j', (text, shown) => {
  expect(cardText(text)).toBe(shown);
});
