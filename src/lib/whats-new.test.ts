import { describe, expect, test } from 'vitest';
import { latestAcross } from './whats-new.ts';

const entry = (id: string, published: string) => ({ id, data: { title: id.toUpperCase(), summary: `About ${id}`, published } });

describe('latestAcross', () => {
  test('entries of every kind come newest first, up to the limit', () => {
    const items = latestAcross({ reviews: [entry('r1', '2026-01-01'), entry('r2', '2026-09-01')], briefings: [entry('b1', '2026-05-01')], newsletters: [entry('n1', '2026-10-01')] }, 3);
    expect(items.map((i) => `${i.kind}:${i.id}`)).toEqual(['newsletters:n1', 'reviews:r2', 'briefings:b1']);
  });

  test('on the same day, kinds keep the order they were given in', () => {
    const items = latestAcross({ reviews: [entry('r', '2026-01-01')], briefings: [entry('b', '2026-01-01')] }, 5);
    expect(items.map((i) => i.kind)).toEqual(['reviews', 'briefings']);
  });

  test('no entries give an empty list', () => {
    expect(latestAcross({ reviews: [] }, 5)).toEqual([]);
  });
});
