import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkOutput } from './check-output.ts';

const page = (body: string, title = 'A page') => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main id="main">${body}</main></body></html>`;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A built site made of the given files. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cascade-check-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('checkOutput', () => {
  test('a site whose links all resolve passes, and gets a _headers file', async () => {
    const dir = site({ 'index.html': page('<a href="/reviews/a/#m2">A</a>'), 'reviews/a/index.html': page('<h2 id="m2">Two</h2><a href="/">Home</a>') });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual([]);
    expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toContain('/reviews/*\n  Content-Security-Policy:');
  });

  test('every kind of problem is reported, naming the page', async () => {
    const dir = site({
      'index.html': page('<a href="/reviews/b/">B</a><p style="color:red">red</p><script>go()</script>'),
      'reviews/a/index.html': page('<div><p>unclosed</div>'),
    });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual([
      'Broken links (1):',
      '  page / links to /reviews/b/ which does not exist',
      'Blocked by the Content-Security-Policy (2):',
      '  page / has a style="color:red" attribute on <p>',
      '  page / has an inline <script> ("go()…")',
      'Invalid HTML (2):',
      expect.stringMatching(/^ {2}page \/, line 1: .*no-inline-style/),
      expect.stringMatching(/^ {2}page \/reviews\/a\/, line 1: .*/),
    ]);
  });

  test('a page remembered as valid is reported again once it changes', async () => {
    const cacheDir = site({});
    const dir = site({ 'index.html': page('<p>Fine</p>') });
    expect(await checkOutput(dir, '/', { pending: [], cacheDir })).toEqual([]);
    expect(await checkOutput(dir, '/', { pending: [], cacheDir })).toEqual([]);
    writeFileSync(path.join(dir, 'index.html'), page('<div><p>unclosed</div>'));
    expect((await checkOutput(dir, '/', { pending: [], cacheDir })).join('\n')).toContain('Invalid HTML (1)');
  });

  test('an email body in the output may use inline styles, but its links must still resolve', async () => {
    const dir = site({ 'newsletters/n/email.html': '<table style="width:100%"><tr><td><a href="/nope/">x</a></td></tr></table>', 'index.html': page('<p>Home</p>') });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual(['Broken links (1):', '  page /newsletters/n/email.html links to /nope/ which does not exist']);
  });

  test('a page that is linked ahead of its feature can be declared pending', async () => {
    const dir = site({ 'index.html': page('<form action="/search/"><label>Q <input type="search" name="q"></label><button type="submit">Search</button></form>') });
    expect(await checkOutput(dir, '/', { pending: ['search/'] })).toEqual([]);
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual(['Broken links (1):', '  page / links to /search/ which does not exist']);
  });
});
