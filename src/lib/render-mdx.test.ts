import { describe, expect, test } from 'vitest';
import { renderMdx } from './render-mdx.ts';

describe('renderMdx', () => {
  test('Markdown becomes HTML with ids on headings, listed for a contents', async () => {
    const { html, headings } = await renderMdx('## 1. What happened\n\nA *short* paragraph.\n\n## 2. What we learned\n');
    expect(html).toBe('<h2 id="1-what-happened">1. What happened</h2>\n<p>A <em>short</em> paragraph.</p>\n<h2 id="2-what-we-learned">2. What we learned</h2>');
    expect(headings).toEqual([
      { depth: 2, slug: '1-what-happened', text: '1. What happened' },
      { depth: 2, slug: '2-what-we-learned', text: '2. What we learned' },
    ]);
  });

  test('GitHub-flavoured tables render as tables', async () => {
    const { html } = await renderMdx('| Agency | Action |\n| --- | --- |\n| Police | Review |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Agency</th>');
    expect(html).toContain('<td>Police</td>');
  });

  test('MDX expressions and JSX elements are evaluated', async () => {
    const { html } = await renderMdx('Seven is {3 + 4}.\n\n<aside className="note">Read this first.</aside>\n');
    expect(html).toContain('Seven is 7.');
    expect(html).toContain('<aside class="note">Read this first.</aside>');
  });

  test('text is escaped, never passed through as markup', async () => {
    const { html } = await renderMdx('Use `<script>` with care & attention.\n');
    expect(html).toContain('<code>&#x3C;script></code>');
    expect(html).toContain('&#x26; attention');
  });

  test('invalid MDX is reported with its line', async () => {
    await expect(renderMdx('Fine.\n\nThis opens <div and never closes {\n')).rejects.toThrow(/^line 3, column \d+ of the body is not valid MDX/);
  });
});
