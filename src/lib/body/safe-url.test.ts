import { describe, expect, test } from 'vitest';
import { judgeUrl } from './safe-url.ts';

describe('judgeUrl', () => {
  test.each([
    ['https://www.nspcc.org.uk/', 'absolute'],
    ['http://example.org/page', 'absolute'],
    ['mailto:learning@example.org', 'absolute'],
    ['tel:08088005000', 'absolute'],
    ['/reports/child-q.pdf', 'site'],
    ['#documents', 'fragment'],
    ['../briefings/neglect/', 'relative'],
  ])('allows %s as a %s address', (url, kind) => {
    expect(judgeUrl(url)).toEqual({ ok: true, kind });
  });

  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['  \u0001javascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j, which a browser reads as %s:', (url, scheme) => {
    const verdict = judgeUrl(url);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toBe(`uses "${scheme}:", which a page may not link to`);
  });

  test.each(['//evil.example/x', '\\\\evil.example/x', '/\\evil.example', ''])('refuses %j, which has no safe scheme or is empty', (url) => {
    expect(judgeUrl(url).ok).toBe(false);
  });
});
