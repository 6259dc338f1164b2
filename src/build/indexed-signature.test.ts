import { describe, expect, test } from 'vitest';
import { indexedSignature } from './indexed-signature.ts';

const page = (parts: { body?: string; related?: string; meta?: string; header?: string }) =>
  `<!doctype html><html lang="en-GB"><head><title>T</title></head><body><header>${parts.header ?? 'Northvale'}</header>` +
  `<main data-pagefind-body><h1>Neglect briefing</h1><p>${parts.body ?? 'What practitioners should do.'}</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-meta="title">${parts.meta ?? 'Neglect briefing'}</span><span data-pagefind-filter="theme">Neglect</span></div>` +
  `<section data-pagefind-ignore><h2>Related</h2><ul>${parts.related ?? '<li><a href="/reviews/a/">Child A</a></li>'}</ul><br></section>` +
  `<p>After the list.</p></main></body></html>`;

describe('what pagefind reads of a page', () => {
  const base = indexedSignature(page({}));

  test('is the same when only the related entries listed in an ignored section change', () => {
    expect(indexedSignature(page({ related: '<li><a href="/reviews/a/">Child A (renamed)</a></li>' }))).toBe(base);
    expect(indexedSignature(page({ related: '<li><a href="/reviews/a/">Child A</a></li><li><a href="/reviews/b/">Child B</a></li>' }))).toBe(base);
  });

  test('changes with any word or tag pagefind indexes', () => {
    expect(indexedSignature(page({ body: 'What practitioners should do now.' }))).not.toBe(base);
    expect(indexedSignature(page({ body: 'What practitioners <em>should</em> do.' }))).not.toBe(base);
    expect(indexedSignature(page({ header: 'Eastshire' }))).not.toBe(base);
  });

  test('changes with the metadata and filters pagefind reads inside an ignored element', () => {
    expect(indexedSignature(page({ meta: 'Neglect briefing (updated)' }))).not.toBe(base);
    expect(indexedSignature(page({}).replace('data-pagefind-filter="theme">Neglect', 'data-pagefind-filter="theme">Housing'))).not.toBe(base);
  });

  test('an element closed out of order or left open ends where the browser would end it, not later', () => {
    // An unclosed <li> inside the ignored list must not make the words after the section ignored.
    const open = page({ related: '<li><a href="/reviews/a/">Child A</a>' });
    expect(indexedSignature(open.replace('After the list.', 'After the list, changed.'))).not.toBe(indexedSignature(open));
  });

  test('is one and the same for every page pagefind skips, whatever it lists', () => {
    const listing = (items: string) => `<html><body><main><h1>Reviews, page 2</h1><ul>${items}</ul></main></body></html>`;
    expect(indexedSignature(listing('<li>A</li>'))).toBe(indexedSignature(listing('<li>New</li><li>A</li>')));
    expect(indexedSignature(listing('<li>A</li>'))).not.toBe(base);
  });
});
