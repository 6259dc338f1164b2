import { describe, expect, test } from 'vitest';
import { renderBody } from './render-body.ts';

const problemsOf = (body: string) => renderBody(body).problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('renderBody: Markdown becomes HTML', () => {
  test('headings get ids and are listed for a contents', () => {
    const { html, headings, problems } = renderBody('## 1. What happened\n\nA *short* paragraph.\n\n## 2. What we learned\n');
    expect(html).toBe('<h2 id="1-what-happened">1. What happened</h2>\n<p>A <em>short</em> paragraph.</p>\n<h2 id="2-what-we-learned">2. What we learned</h2>');
    expect(headings).toEqual([
      { depth: 2, slug: '1-what-happened', text: '1. What happened' },
      { depth: 2, slug: '2-what-we-learned', text: '2. What we learned' },
    ]);
    expect(problems).toEqual([]);
  });

  test('GitHub tables, task lists and footnotes render, and their links hold together', () => {
    const { html, problems } = renderBody('| Agency | Action |\n| :- | -: |\n| Police | Review |\n\n- [x] done\n\nSee this[^1].\n\n[^1]: The note.\n');
    expect(problems).toEqual([]);
    expect(html).toContain('<th align="left">Agency</th>');
    expect(html).toContain('<input type="checkbox" checked disabled> done');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
  });

  test('text is escaped, never passed through as markup; a < in prose is just text', () => {
    const { html, problems } = renderBody('Use `<script>` with care & attention; 3 < 4.\n');
    expect(html).toBe('<p>Use <code>&#x3C;script></code> with care &#x26; attention; 3 &#x3C; 4.</p>');
    expect(problems).toEqual([]);
  });

  test('the allowed HTML passes as written', () => {
    const body = '<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr> <span lang="cy">Diogelu</span>\n\n<details>\n<summary>Helplines</summary>\n\nCall **0808 800 5000**.\n\n</details>\n\n<dl><dt>LADO</dt><dd>Local authority designated officer</dd></dl>\n\n<img src="/images/tree.png" alt="The training tree">\n';
    const { html, problems } = renderBody(body);
    expect(problems).toEqual([]);
    expect(html).toContain('<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr> <span lang="cy">Diogelu</span>');
    expect(html).toContain('<details>\n<summary>Helplines</summary>');
    expect(html).toContain('<dl><dt>LADO</dt><dd>Local authority designated officer</dd></dl>');
    expect(html).toContain('<img src="/images/tree.png" alt="The training tree">');
  });

  test('braces escaped with a backslash are text', () => {
    expect(renderBody('A set \\{a, b\\}.').html).toBe('<p>A set {a, b}.</p>');
    expect(renderBody('A set \\{a, b\\}.').problems).toEqual([]);
  });
});

describe('renderBody: nothing an editor writes is ever run', () => {
  test.each([
    ['{process.getBuiltinModule("child_process").execSync("id > stolen.txt")}', '1:1 {process.getBuiltinModule("child_process"…} is a code expression.'],
    ['The token is {process.env.DEPLOY_TOKEN}.', '1:14 {process.env.DEPLOY_TOKEN} is a code expression.'],
    ['Line one.\n\nSeven is {3 + 4}.', '3:10 {3 + 4} is a code expression.'],
    ['import fs from "node:fs"\n\nText.', '1:1 a line starting "import" is a line of code'],
    ['export const x = 1\n', '1:1 a line starting "export" is a line of code'],
    ['Fine.\n\nThis opens { and never closes\n', '3:12 this { is never closed'],
    ['`{` in code is fine.\n\n```\n{ also fine\n```\n\nBut {this one\n\nruns on.\n', '7:5 this { is never closed'],
  ])('%j is refused at its line and column', (body, expected) => {
    const [problem] = problemsOf(body);
    expect(problem).toContain(expected);
    expect(problem).toMatch(/write \\\{ and \\\} instead|start it with a capital letter/);
  });

  test('an expression is shown as its own text, never its value', () => {
    const { html } = renderBody('Seven is {3 + 4}, token {process.env.HOME}.');
    expect(html).toBe('<p>Seven is {3 + 4}, token {process.env.HOME}.</p>');
  });

  test('a sentence that starts with the word Import is not code', () => {
    expect(problemsOf('Import of records was slow.\n\nimports are fine mid-line: import x.')).toEqual([]);
  });
});

describe('renderBody: raw HTML passes an allow-list, judged as a browser reads it', () => {
  test.each([
    ['<script>alert(1)</script>', '1:1 <script> is not allowed in a body: it would run code', ''],
    ['<iframe src="https://video.example/x"></iframe>', '1:1 <iframe> is not allowed', ''],
    ['<form action="https://collect.example"><input name="q"></form>', '1:1 <form> is not allowed', ''],
    ['<svg><script>alert(1)</script></svg>', '1:1 <svg> is not allowed', ''],
    ['<style>body{display:none}</style>', '1:1 <style> is not allowed', ''],
    ['<p onclick="alert(1)">Hi</p>', '1:4 the attribute onclick on <p> is not allowed: event handlers run code', '<p>Hi</p>'],
    ['<p style="background:url(https://t.example/p)">Hi</p>', '1:4 the attribute style on <p> is not allowed', '<p>Hi</p>'],
    ['<a href="java&#x09;script:alert(1)">x</a>', '1:4 on <a>, the address in href="java\tscript:alert(1)" uses "javascript:"', '<p><a>x</a></p>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '1:4 on <a>, the address in href="javascript:alert(1)" uses "javascript:"', '<p><a>x</a></p>'],
    ['[x](javascript:alert(1))', '1:1 the link address "javascript:alert(1)" uses "javascript:"', '<p><a>x</a></p>'],
    ['[x][r]\n\n[r]: data:text/html,hi', '3:1 the link address "data:text/html,hi" uses "data:"', '<p><a>x</a></p>'],
    ['![Pixel](https://tracker.example/p.gif)', '1:1 the picture images must be files on this site', '<p><img alt="Pixel"></p>'],
    ['<img src="//tracker.example/p.gif" alt="">', '1:6 on <img>, the address in src="//tracker.example/p.gif" starts with //', '<img alt="">'],
    ['<img src="/images/x.png">', '1:1 <img> has no alt text', '<img src="/images/x.png">'],
    ['<div id="main" class="exit-this-page">x</div>', '1:6 the attribute id on <div> is not allowed', '<div>x</div>'],
    ['<table>\n\n<tr><td onmouseover="x">a</td></tr>\n\n</table>', '3:9 the attribute onmouseover on <td> is not allowed', ''],
  ])('%j is refused, and what reaches the page is inert', (body, expected, html) => {
    const { problems, html: out } = renderBody(body);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)[0]).toContain(expected);
    if (html) expect(out).toBe(html);
    expect(out).not.toMatch(/<script|<iframe|<form|<svg|<style|\son\w+=|javascript:|data:|style=|tracker/i);
  });
});
