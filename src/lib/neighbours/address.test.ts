import { describe, expect, test } from 'vitest';
import { isNeighbourLink, judgeNeighbourAddress, neighbourFile, neighbourOrigin } from './address.ts';

describe('a neighbour’s address', () => {
  test.each([
    ['https://www.eastshire-scp.org.uk/', true],
    ['https://www.eastshire-scp.org.uk/learning', true],
    ['http://127.0.0.1:4321/', true],
    ['http://localhost:8080/', true],
    ['http://[::1]:8080/', true],
    ['http://www.eastshire-scp.org.uk/', false],
    ['ftp://eastshire.example/', false],
    ['javascript:alert(1)', false],
    ['www.eastshire-scp.org.uk', false],
    ['https://user:secret@eastshire.example/', false],
    ['https://eastshire.example/?x=1', false],
    ['https://eastshire.example/#top', false],
  ])('%s is allowed: %s', (address, ok) => {
    expect(judgeNeighbourAddress(address).ok).toBe(ok);
  });

  test('plain http to a real site is refused with the https address to write instead', () => {
    const verdict = judgeNeighbourAddress('http://www.eastshire-scp.org.uk/learning/');
    expect(verdict.ok ? '' : verdict.reason).toMatchInlineSnapshot(`"the address must start with https:// (http:// is allowed only for this computer, in tests); write https://www.eastshire-scp.org.uk/learning/"`);
  });

  test('files are found below the site’s folder, with or without its final slash', () => {
    expect(neighbourFile('https://a.example/cascade', 'data/reviews.json')).toBe('https://a.example/cascade/data/reviews.json');
    expect(neighbourFile('https://a.example/cascade/', 'pagefind/')).toBe('https://a.example/cascade/pagefind/');
    expect(neighbourOrigin('https://a.example/cascade/')).toBe('https://a.example');
  });
});

describe('a link taken from a neighbour’s data', () => {
  test.each([
    ['https://a.example/reviews/x/', true],
    ['https://a.example:443/reviews/x/', true],
    ['https://b.example/reviews/x/', false],
    ['http://a.example/reviews/x/', false],
    ['javascript:alert(1)//https://a.example/', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//a.example/reviews/x/', false],
    ['https://evil@a.example/', false],
  ])('%s may be a link: %s', (href, ok) => {
    expect(isNeighbourLink(href, 'https://a.example/')).toBe(ok);
  });
});
