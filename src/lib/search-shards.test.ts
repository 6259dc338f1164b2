import { describe, expect, test } from 'vitest';
import { readShardsManifest, shardCount, shardOf, shardsManifest } from './search-shards.ts';

describe('splitting the search index into parts', () => {
  test('a site up to one part’s pages keeps one index; past it, as many parts as it takes', () => {
    expect(shardCount(0, 4000)).toBe(1);
    expect(shardCount(4000, 4000)).toBe(1);
    expect(shardCount(4001, 4000)).toBe(2);
    expect(shardCount(10_197, 4000)).toBe(3);
  });

  test('a page stays in its part from build to build, and pages spread over every part', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `reviews/review-${i}/`);
    const parts = paths.map((p) => shardOf(p, 3));
    expect(paths.map((p) => shardOf(p, 3))).toEqual(parts);
    for (const part of [0, 1, 2]) expect(parts.filter((p) => p === part).length).toBeGreaterThan(900);
  });

  test('the manifest names the parts after the first, and reading one keeps only such names', () => {
    expect(readShardsManifest(JSON.parse(shardsManifest(3)))).toEqual(['shard-1/', 'shard-2/']);
    expect(readShardsManifest(JSON.parse(shardsManifest(1)))).toEqual([]);
    // A neighbour's manifest is another site's file: nothing in it may point elsewhere.
    expect(readShardsManifest({ shards: ['shard-1/', '../../evil/', 'https://evil.example/', 'shard-0/', 'shard-2', 7, 'shard-12/'] })).toEqual(['shard-1/', 'shard-12/']);
    expect(readShardsManifest(null)).toEqual([]);
    expect(readShardsManifest({ shards: 'shard-1/' })).toEqual([]);
  });
});
