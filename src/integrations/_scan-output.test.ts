import { describe, expect, test } from 'vitest';
import { cssUrls, scanHtml } from './_scan-output.ts';

describe('scanHtml', () => {
  test('collects the links and ids a page holds', () => {
    const page = scanHtml('<main id="m"><a href="/a/">a</a><img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt=""><form action="/search/"></form><a name="old"></a><link rel="stylesheet" href="/s.css"></main>');
    expect(page.links).toEqual(['/a/', '/i.png', '/i.png', '/i2.png', '/search/', '/s.css']);
    expect(page.ids).toEqual(['m', 'old']);
    expect(page.blocked).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', 'an inline <script>'],
    ['<script type="module">go()</script>', 'an inline <script>'],
    ['<button onclick="go()">Go</button>', 'an inline event handler onclick'],
    ['<p style="color:red">x</p>', 'a style="color:red" attribute'],
    ['<a href="javascript:go()">x</a>', 'a javascript: link'],
    ['<style>p{}</style>', 'an inline <style> element'],
  ])('%s is reported as blocked by the policy', (html, what) => {
    expect(scanHtml(html).blocked.join()).toContain(what);
  });

  test.each([
    ['<script type="application/ld+json">{"@type":"Article"}</script>'],
    ['<script src="/_astro/a.js" type="module"></script>'],
  ])('%s is allowed by the policy', (html) => {
    expect(scanHtml(html).blocked).toEqual([]);
  });
});

describe('cssUrls', () => {
  test('finds url() and @import, but not data: URLs', () => {
    expect(cssUrls('@import "/base.css";a{background:url(/a.png)}b{background:url("x.svg")}c{background:url(data:image/png;base64,AA)}')).toEqual(['/a.png', 'x.svg', '/base.css']);
  });
});
