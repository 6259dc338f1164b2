import { expect, test } from 'vitest';
import { pageCacheKey } from './cache-key.ts';

test('the same inputs give the same key whatever the order of object fields', () => {
  expect(pageCacheKey({ a: 1, b: [2, 3] }, 'x')).toBe(pageCacheKey({ b: [2, 3], a: 1 }, 'x'));
});

test.each([
  [[{ title: 'A' }], [{ title: 'B' }]],
  [['digest-1', []], ['digest-1', [{ id: 'briefing' }]]],
  [[[1, 2]], [[2, 1]]],
])('a change in anything the page shows changes the key (%j vs %j)', (a, b) => {
  expect(pageCacheKey(...a)).not.toBe(pageCacheKey(...b));
});
