import { describe, expect, it } from 'vitest';
import { reservedNames, slugClash, topLevelNames } from './site-routes.ts';

const ROUTES = ['index.astro', 'feed.xml.ts', 'reviews/[...page].astro', 'reviews/[facet]/[value]/[...page].astro', 'reviews/[slug].astro', 'reviews/feed.xml.ts', 'briefings/[slug].astro', 'briefings/[slug]/text.astro', 'courses/index.astro', 'courses/[slug].astro'];
const reserved = reservedNames(ROUTES, ['reviews', 'briefings', 'courses'], { facets: { reviews: ['kind', 'year'] } });

describe('the names a collection’s own routes use', () => {
  it.each([
    ['2', 'reviews', 'the address /reviews/2/ is page 2 of the reviews listing, which this entry would replace'],
    ['10', 'reviews', 'page 10 of the reviews listing'],
    ['kind', 'reviews', 'the name kind is taken by the reviews filtered by kind (/reviews/kind/…)'],
    ['year', 'reviews', 'the reviews filtered by year'],
    ['feed.xml', 'reviews', "the site's own address /reviews/feed.xml"],
    ['text', 'briefings', "the site's own address /briefings/<slug>/text"],
  ])('%s in %s is refused: %s', (slug, collection, reason) => {
    expect(slugClash(slug, collection, reserved[collection])).toContain(reason);
  });

  it.each([
    ['child-q-2024', 'reviews'],
    ['2', 'courses'],
    ['kind', 'briefings'],
    ['index', 'courses'],
  ])('%s in %s is free', (slug, collection) => {
    expect(slugClash(slug, collection, reserved[collection])).toBeUndefined();
  });

  it('stops at a route parameter it does not know, naming the route file', () => {
    expect(() => reservedNames(['reviews/[topic].astro'], ['reviews'], { facets: {} })).toThrow('src/pages/reviews/[topic].astro: the route parameter [topic]');
  });
});

describe('the folders the site uses at its root', () => {
  it('are the route folders and files, the static files and the build’s own folders', () => {
    expect([...topLevelNames(ROUTES, ['scripts'], ['_astro'])].sort()).toEqual(['_astro', 'briefings', 'courses', 'feed.xml', 'reviews', 'scripts']);
  });
});
