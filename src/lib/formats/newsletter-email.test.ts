import { describe, expect, test } from 'vitest';
import { BASE, ctx } from '../../../tests/fixtures/newsletter-issue.ts';
import { escapeHtml, prepareEmailFragment, renderEmailHtml } from './newsletter-email.ts';
import { renderEmailText } from './newsletter-text.ts';

describe('email-ready HTML', () => {
  test('text is escaped', () => {
    expect(escapeHtml(`Fish & "chips" <b> 'x'`)).toBe('Fish &amp; &quot;chips&quot; &lt;b&gt; &#39;x&#39;');
  });

  test.each([
    ['a root-relative link becomes absolute', '<a href="/reviews/x/">x</a>', '<a href="https://example.org/reviews/x/">x</a>'],
    ['a relative link resolves against the issue page', '<a href="../spring/">x</a>', '<a href="https://example.org/newsletters/spring/">x</a>'],
    ['a fragment points into the web page', '<a href="#sessions">x</a>', '<a href="https://example.org/newsletters/autumn/#sessions">x</a>'],
    ['an absolute or mailto link is kept', '<a href="mailto:a@b.org">a</a><a href="https://x.org/">x</a>', '<a href="mailto:a@b.org">a</a><a href="https://x.org/">x</a>'],
    ['a script is removed', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['an event handler is removed', '<p onclick="x()">a</p>', '<p>a</p>'],
    ['a javascript: link loses its address', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link behind a character reference loses its address', '<a href="java&#x09;script:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link behind a literal tab loses its address', '<a href="java\tscript:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link with a named reference loses its address', '<a href="javascript&colon;alert(1)">x</a>', '<a>x</a>'],
    ['a data: link loses its address', '<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['an unquoted javascript: link loses its address', '<a href=javascript:alert(1)>x</a>', '<a>x</a>'],
    ['a single-quoted javascript: link loses its address', "<a href='javascript:alert(1)'>x</a>", '<a>x</a>'],
    ['an image from another site (a tracking pixel) is removed', '<p>a<img src="https://tracker.example/p.gif" alt=""></p>', '<p>a</p>'],
    ['a frame, a form and a style are removed', '<iframe srcdoc="x"></iframe><form action="https://evil.example/"><input name="q"></form><style>p{}</style><p>a</p>', '<p>a</p>'],
    ['a style attribute is removed', '<p style="background:url(https://tracker.example/p.gif)">a</p>', '<p>a</p>'],
    ['an uppercase event handler is removed', '<p ONCLICK="x()">a</p>', '<p>a</p>'],
  ])('%s', (_, html, expected) => {
    expect(prepareEmailFragment(html, BASE)).toBe(expected);
  });

  test('carries its own restrictive Content-Security-Policy and referrer policy', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(renderEmailHtml(ctx))?.[1]?.replace(/&#39;/g, "'");
    expect(policy).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
    expect(renderEmailHtml(ctx)).toContain('<meta name="referrer" content="same-origin">');
  });

  const html = renderEmailHtml(ctx);

  test('the email has its CSS inlined, a 600 px table layout and only media queries left in <style>', () => {
    expect(html).toMatch(/<table role="presentation" class="container" width="600"[^>]*style="[^"]*width: 600px/);
    expect(html).toMatch(/<h1 style="[^"]*font-size: 28px/);
    const css = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
  });

  test('the email escapes every title, has no script and links only to absolute addresses', () => {
    expect(html).toContain('Autumn &lt;2026&gt;');
    expect(html).toContain('Child K &amp; &lt;family&gt;');
    expect(html).not.toMatch(/<script|onclick/);
    const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    // The one exception is the mailing tool's own unsubscribe placeholder, which it fills in.
    expect(links.filter((l) => !/^(https:\/\/|mailto:)/.test(l!))).toEqual(['*|UNSUB|*']);
    expect(links).toContain('https://example.org/reviews/child-k/');
    expect(links).toContain('https://example.org/courses/basics/');
  });

  test('the footer says why the reader received it, carries the mailing tool’s unsubscribe link as written, and offers a subscription', () => {
    const footer = html.slice(html.indexOf('class="footer"'));
    expect(footer).toContain('You are receiving this because you signed up for the Northvale SCP learning newsletter. <a href="*|UNSUB|*"');
    expect(footer).toContain('>Unsubscribe</a>.');
    expect(footer).toMatch(/<a href="https:\/\/lists\.example\.org\/learning"[^>]*>Subscribe to the newsletter<\/a>/);
  });

  test('sessions show their day and times, their place, and when they are full', () => {
    expect(html).toContain('<strong>5 November 2026, 09:30 to 12:30</strong>');
    expect(html).toMatch(/Basics<\/a>, Online<\/li>/);
    expect(html).toMatch(/Neglect<\/a>, Civic Centre\. <strong[^>]*>Full<\/strong><\/li>/);
  });

  test('the email asks for light and dark schemes and carries no images', () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).not.toMatch(/<img/);
  });
});

describe('an issue with more reviews than it shows', () => {
  const reviews = Array.from({ length: 12 }, (_, i) => ({ collection: 'reviews' as const, slug: `review-${i}`, title: `Review ${i}`, summary: 'A review.', published: '2026-09-01' }));
  const big = { ...ctx, issue: { ...ctx.issue, reviews } };

  test('lists the first ten and links to the issue’s page of all of them, in the HTML and the text', () => {
    const html = renderEmailHtml(big);
    expect(html.match(/href="https:\/\/example.org\/reviews\/review-\d+\/"/g)).toHaveLength(10);
    expect(html).toMatch(new RegExp(`<a href="${BASE}reviews/"[^>]*>See all 12 reviews in this issue</a>`));
    const text = renderEmailText(big);
    expect(text).toContain(`See all 12 reviews in this issue:\n${BASE}reviews/`);
    expect(text).not.toContain('review-10/');
  });

  test('has no such link when nothing was cut', () => {
    expect(renderEmailHtml(ctx)).not.toContain('See all');
    expect(renderEmailText(ctx)).not.toContain('See all');
  });
});
