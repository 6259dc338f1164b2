import { describe, expect, it } from 'vitest';
import { judgeLinkField, normaliseForJudging } from './link-field.ts';

describe('addresses an editor may link to', () => {
  it.each([
    ['https://www.example.org/book', 'web'],
    ['http://example.org', 'web'],
    ['HTTPS://EXAMPLE.ORG/', 'web'],
    ['mailto:learning@example.org?subject=Booking', 'mailto'],
    ['tel:+441632960000', 'tel'],
    ['/courses/neglect/', 'site'],
    ['/reports/child-q.pdf#page=2', 'site'],
  ] as const)('%s is allowed as %s', (value, kind) => {
    expect(judgeLinkField(value)).toEqual({ ok: true, kind });
  });
});

describe('addresses that are refused', () => {
  it.each([
    ['javascript:alert(1)', 'it uses "javascript:", which a page may not link to. Use an address starting https://'],
    ['JavaScript:alert(1)', 'uses "javascript:"'],
    [' java\tscript:alert(1)', 'uses "javascript:"'],
    ['java\nscript:alert(1)', 'uses "javascript:"'],
    ['java&#x09;script:alert(1)', 'uses "javascript:"'],
    ['java&Tab;script&colon;alert(1)', 'uses "javascript:"'],
    ['&#106;avascript:alert(1)', 'uses "javascript:"'],
    ['%6Aavascript:alert(1)', 'uses "javascript:"'],
    ['%256Aavascript:alert(1)', 'uses "javascript:"'],
    ['\u0000javascript:alert(1)', 'uses "javascript:"'],
    ['java\u200bscript:alert(1)', 'uses "javascript:"'],
    ['data:text/html,<script>alert(1)</script>', 'uses "data:"'],
    ['vbscript:msgbox(1)', 'uses "vbscript:"'],
    ['file:///etc/passwd', 'uses "file:"'],
    ['//evil.example/x', 'starts with //'],
    ['/\\evil.example/x', 'starts with //'],
    ['#documents', 'neither a whole address nor a path on this site'],
    ['www.example.org/book', 'neither a whole address nor a path on this site'],
    ['reports/child-q.pdf', 'neither a whole address nor a path on this site'],
    ['https://', 'no website name'],
    ['   ', 'it is empty'],
  ])('%j', (value, reason) => {
    const judged = judgeLinkField(value);
    expect(judged.ok).toBe(false);
    expect(judged.ok ? '' : judged.reason).toContain(reason);
  });

  it('judges the address as a browser reads it', () => {
    expect(normaliseForJudging(' java&#x09;script:alert(1)')).toBe('javascript:alert(1)');
  });
});
