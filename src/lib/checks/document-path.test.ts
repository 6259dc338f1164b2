import { describe, expect, it } from 'vitest';
import { documentPath } from './document-path.ts';

describe('the file a document href names', () => {
  it.each([
    ['/reports/child-q.pdf', 'reports/child-q.pdf'],
    ['/reports/child-q.pdf#page=2', 'reports/child-q.pdf'],
    ['/reports/child-q.pdf?download=1', 'reports/child-q.pdf'],
    ['/reports/child%20q.pdf', 'reports/child q.pdf'],
    ['/reports/./child-q.pdf', 'reports/child-q.pdf'],
    ['/reports/old/../child-q.pdf', 'reports/child-q.pdf'],
  ])('%s is public/%s', (href, path) => {
    expect(documentPath(href)).toEqual({ ok: true, local: true, path });
  });

  it('leaves a document on another website alone', () => {
    expect(documentPath('https://www.gov.uk/report.pdf')).toEqual({ ok: true, local: false });
  });

  it.each([
    ['/../src/pages/index.astro', 'leads out of public/'],
    ['/../../somewhere', 'leads out of public/'],
    ['/reports/../../.git/config', 'leads out of public/'],
    ['/reports/%2e%2e/%2e%2e/x', 'leads out of public/'],
    ['/reports%2F..%2F..%2Fx', 'leads out of public/'],
    ['/reports/..%5C..%5Cx', 'backslash'],
    ['/reports/x%00.pdf', 'control character'],
    ['/reports/%zz.pdf', 'valid escape'],
    ['/reports/', 'names a folder'],
    ['/reports/..', 'names a folder'],
    ['/', 'names a folder'],
    ['reports/x.pdf', 'neither a whole address nor a path'],
    ['mailto:a@example.org', 'not a mailto: link'],
    ['javascript:alert(1)', 'uses "javascript:"'],
    ['//evil.example/x.pdf', 'starts with //'],
  ])('%s is refused: %s', (href, reason) => {
    const found = documentPath(href);
    expect(found.ok).toBe(false);
    expect(found.ok ? '' : found.reason).toContain(reason);
  });
});
