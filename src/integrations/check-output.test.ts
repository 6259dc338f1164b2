import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { EMAIL_POLICY, REFERRER_POLICY, policyFor, serializePolicy } from '../lib/formats/csp.ts';
import { checkOutput } from './check-output.ts';

/** The security tags every built page carries (src/layouts/Base.astro). */
const tags = (policy = serializePolicy(policyFor(''), 'meta')) => `<meta http-equiv="Content-Security-Policy" content="${policy}"><meta name="referrer" content="${REFERRER_POLICY}">`;
const page = (body: string, title = 'A page', head = tags()) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}<title>${title}</title></head><body><main id="main">${body}</main></body></html>`;
const email = (body: string) => `<!doctype html><html lang="en-GB"><head>${tags(serializePolicy(EMAIL_POLICY, 'meta'))}<title>Issue</title></head><body>${body}</body></html>`;

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

// Each call starts the check workers, which load html-validate: seconds on a busy machine.
describe('checkOutput', { timeout: 30_000 }, () => {
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
    const dir = site({ 'newsletters/n/email.html': email('<table style="width:100%"><tr><td><a href="/nope/">x</a></td></tr></table>'), 'index.html': page('<p>Home</p>') });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual(['Broken links (1):', '  page /newsletters/n/email.html links to /nope/ which does not exist']);
  });

  test('a page that is linked ahead of its feature can be declared pending', async () => {
    const dir = site({ 'index.html': page('<form action="/search/"><label>Q <input type="search" name="q"></label><button type="submit">Search</button></form>') });
    expect(await checkOutput(dir, '/', { pending: ['search/'] })).toEqual([]);
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual(['Broken links (1):', '  page / links to /search/ which does not exist']);
  });

  test('an email is held to the link and markup rules, naming the file and the entry behind it', async () => {
    const content = site({ 'newsletters/autumn.mdx': '---\ntitle: A\n---\n' });
    const dir = site({
      'index.html': page('<p>Home</p>'),
      'newsletters/autumn/email.html': email('<a href="java\tscript:alert(1)">x</a><img src="https://tracker.example/p.gif" alt=""><a href="https://learning.example/reviews/gone/">gone</a>'),
    });
    expect(await checkOutput(dir, '/', { pending: [], site: 'https://learning.example/', contentDir: content })).toEqual([
      'Broken links (1):',
      '  page /newsletters/autumn/email.html links to https://learning.example/reviews/gone/ which does not exist',
      'Not allowed in any output (2):',
      `  file /newsletters/autumn/email.html (from ${path.basename(content)}/newsletters/autumn.mdx) has a javascript: address in href="java\\tscript:alert(1)" on <a>`,
      `  file /newsletters/autumn/email.html (from ${path.basename(content)}/newsletters/autumn.mdx) has an image from another site (https://tracker.example) on <img>: it tells that site who opened the page`,
    ]);
  });

  test('feeds, calendars, open data and text emails are held to the same link rules as pages', async () => {
    const dir = site({
      'index.html': page('<p>Home</p>'),
      'reviews/a/index.html': page('<p>A</p>'),
      'feed.xml': '<feed><link href="https://learning.example/reviews/a/"/><entry><link href="java&#x09;script:alert(1)"/><id>https://learning.example/reviews/b/</id></entry></feed>',
      'courses/sessions.ics': 'BEGIN:VEVENT\r\nURL:javascript:alert(1)\r\nDESCRIPTION:See https://learning.example/reviews/a/\r\nEND:VEVENT\r\n',
      'data/reviews.json': JSON.stringify({ items: [{ url: 'https://learning.example/reviews/a/', booking: 'data:text/html,x' }] }),
      'newsletters/n/email.txt': 'Read it: https://learning.example/reviews/c/\nOr javascript:alert(1)\n',
    });
    expect(await checkOutput(dir, '/', { pending: [], site: 'https://learning.example/' })).toEqual([
      'Broken links (2):',
      '  page /feed.xml links to https://learning.example/reviews/b/ which does not exist',
      '  page /newsletters/n/email.txt links to https://learning.example/reviews/c/ which does not exist',
      'Not allowed in any output (4):',
      '  file /courses/sessions.ics has a javascript: address in the calendar\'s URL ("javascript:alert(1)")',
      '  file /data/reviews.json has a data: address in "booking" ("data:text/html,x")',
      '  file /feed.xml has a javascript: address in an href ("java\\tscript:alert(1)")',
      '  file /newsletters/n/email.txt has a javascript: address in the text',
    ]);
  });

  test('a page without its security tags, or with a looser policy than src/lib/formats/csp.ts, is reported', async () => {
    const dir = site({
      'index.html': page('<p>Home</p>', 'Home', ''),
      'reviews/a/index.html': page('<p>A</p>', 'A', tags("default-src *")),
    });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual([
      'Missing or wrong security tags (3):',
      '  page / has no <meta name="referrer">; it needs content="same-origin" so no other site learns what was read',
      '  page / has no Content-Security-Policy <meta> tag (a host that sends no headers, such as GitHub Pages, applies no policy without it)',
      expect.stringMatching(/^ {2}page \/reviews\/a\/ has a Content-Security-Policy <meta> tag that differs from src\/lib\/formats\/csp.ts: "default-src \*" instead of "default-src 'self'; script-src 'self';/),
    ]);
  });

  test('a page may load only the build\'s own scripts', async () => {
    const dir = site({ 'index.html': page('<script src="/reports/evil.js"></script><script src="/_astro/ok.js" type="module"></script>'), 'reports/evil.js': '', '_astro/ok.js': '' });
    expect(await checkOutput(dir, '/', { pending: [] })).toEqual(['Not allowed in any output (1):', '  page / has a script the build did not write (/reports/evil.js)']);
  });
});
