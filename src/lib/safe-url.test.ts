import { describe, expect, it } from 'vitest';
import { judgeUrl, normaliseForJudging } from './safe-url.ts';

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
    expect(judgeUrl(value)).toEqual({ ok: true, kind });
  });
});

describe('addresses that are refused', () => {
  it.each([
    ['javascript:alert(1)', 'a javascript: address is not allowed in a link, because it can run code'],
    ['JavaScript:alert(1)', 'a javascript: address'],
    [' java\tscript:alert(1)', 'a javascript: address'],
    ['java\nscript:alert(1)', 'a javascript: address'],
    ['java&#x09;script:alert(1)', 'a javascript: address'],
    ['java&Tab;script&colon;alert(1)', 'a javascript: address'],
    ['&#106;avascript:alert(1)', 'a javascript: address'],
    ['%6Aavascript:alert(1)', 'a javascript: address'],
    ['%256Aavascript:alert(1)', 'a javascript: address'],
    ['\u0000javascript:alert(1)', 'a javascript: address'],
    ['java\u200bscript:alert(1)', 'a javascript: address'],
    ['data:text/html,<script>alert(1)</script>', 'a data: address'],
    ['vbscript:msgbox(1)', 'a vbscript: address'],
    ['file:///etc/passwd', 'a file: address is not allowed'],
    ['//evil.example/x', 'leaves out the scheme'],
    ['/\\evil.example/x', 'leaves out the scheme'],
    ['www.example.org/book', 'neither a full address nor a path on this site'],
    ['reports/child-q.pdf', 'neither a full address nor a path on this site'],
    ['https://', 'no website name'],
    ['   ', 'it is empty'],
  ])('%j', (value, reason) => {
    const judged = judgeUrl(value);
    expect(judged.ok).toBe(false);
    expect(judged.ok ? '' : judged.reason).toContain(reason);
  });

  it('judges the address as a browser reads it', () => {
    expect(normaliseForJudging(' java&#x09;script:alert(1)')).toBe('javascript:alert(1)');
  });
});
