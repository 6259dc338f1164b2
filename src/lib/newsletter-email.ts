/**
 * The email-ready HTML of a newsletter issue: one file an editor pastes into the email tool.
 * Email clients ignore most of what browsers do, so it is a 600 px table layout with the CSS
 * inlined (juice), absolute links only, no images and no script, in colours that stay
 * readable when a client switches to dark mode.
 */
import juice from 'juice';
import { formatDate } from './dates.ts';
import { ISSUE_COLLECTION_NOUNS, issueSections, type GatheredIssue, type IssueItem } from './newsletter.ts';
import { isFull, sessionPlace, sessionWhen } from './sessions.ts';
import type { NewsletterFooter } from './newsletter-subscribe.ts';

export interface IssueContext {
  title: string;
  summary: string;
  period: { from: string; to: string };
  partnership: { name: string; email: string; colours: { brand: string; onBrand: string; link: string; text: string } };
  /** The footer slot for the mailing tool, and where to subscribe. */
  footer: NewsletterFooter;
  /** The editor's introduction, rendered from the newsletter's MDX body. */
  introHtml: string;
  issue: GatheredIssue;
  /** Absolute address of the issue's web page; relative links in the introduction resolve against it. */
  webUrl: string;
  archiveUrl: string;
  /** Absolute address of an entry's page. */
  urlOf(item: { collection: IssueItem['collection']; slug: string }): string;
}

/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml('Fish & "chips" <b>') // 'Fish &amp; &quot;chips&quot; &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Makes an HTML fragment fit for an email: every link and image address absolute (resolved
 * against the issue's web page, as a browser would), and no script, style or frame.
 * @example prepareEmailFragment('<a href="/reviews/x/">x</a>', 'https://example.org/newsletters/a/') // '<a href="https://example.org/reviews/x/">x</a>'
 */
export function prepareEmailFragment(html: string, baseUrl: string): string {
  return html
    .replace(/<(script|style|iframe|object|embed)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s(href|src)\s*=\s*"([^"]*)"/gi, (_, attr: string, value: string) => {
      if (/^(https?:|mailto:|tel:)/i.test(value)) return ` ${attr}="${value}"`;
      return ` ${attr}="${escapeHtml(new URL(value.replace(/&amp;/g, '&'), baseUrl).href)}"`;
    });
}

const FONT = 'Arial, Helvetica, sans-serif';

function stylesheet(c: IssueContext['partnership']['colours']): string {
  return `
body { margin: 0; padding: 0; background-color: #f3f2f1; }
.outer { width: 100%; background-color: #f3f2f1; }
.container { width: 600px; max-width: 600px; background-color: #ffffff; }
.masthead { background-color: ${c.brand}; color: ${c.onBrand}; padding: 20px 24px; font-family: ${FONT}; font-size: 18px; font-weight: bold; }
.body { padding: 24px; font-family: ${FONT}; font-size: 16px; line-height: 1.5; color: ${c.text}; }
h1 { font-family: ${FONT}; font-size: 28px; line-height: 1.25; margin: 0 0 8px; color: ${c.text}; }
h2 { font-family: ${FONT}; font-size: 22px; line-height: 1.3; margin: 32px 0 8px; color: ${c.text}; border-top: 2px solid ${c.brand}; padding-top: 16px; }
h3 { font-family: ${FONT}; font-size: 18px; line-height: 1.3; margin: 16px 0 4px; }
p { margin: 0 0 12px; }
a { color: ${c.link}; text-decoration: underline; }
.meta { color: #505a5f; font-size: 14px; margin: 0 0 4px; }
.footer { padding: 24px; font-family: ${FONT}; font-size: 14px; line-height: 1.5; color: #505a5f; border-top: 1px solid #b1b4b6; }
@media (prefers-color-scheme: dark) {
  body, .outer { background-color: #0b0c0c !important; }
  .container, .body, .footer { background-color: #1d1d1d !important; color: #f3f2f1 !important; }
  h1, h2, h3, .body p, .body li { color: #f3f2f1 !important; }
  a { color: #9cc7ff !important; }
  .meta { color: #c8c8c8 !important; }
}
@media (max-width: 620px) { .container { width: 100% !important; } }
`;
}

function itemHtml(item: IssueItem, ctx: IssueContext): string {
  const meta = [ISSUE_COLLECTION_NOUNS[item.collection], item.published && formatDate(item.published)].filter(Boolean).join(' · ');
  return `<h3><a href="${escapeHtml(ctx.urlOf(item))}">${escapeHtml(item.title)}</a></h3>
<p class="meta">${escapeHtml(meta)}</p>
<p>${escapeHtml(item.summary)}</p>`;
}

function sessionsHtml(ctx: IssueContext): string {
  const { sessions, sessionWindow } = ctx.issue;
  if (sessions.length === 0) return '';
  const rows = sessions.map(
    (s) => `<li><strong>${escapeHtml(sessionWhen(s))}</strong>: <a href="${escapeHtml(ctx.urlOf({ collection: 'courses', slug: s.courseSlug }))}">${escapeHtml(s.courseTitle)}</a>, ${escapeHtml(sessionPlace(s))}${isFull(s) ? '. <strong>Full</strong>' : ''}</li>`,
  );
  return `<h2>Course sessions coming up</h2>
<p class="meta">${escapeHtml(formatDate(sessionWindow.from))} to ${escapeHtml(formatDate(sessionWindow.to))}</p>
<ul>${rows.join('\n')}</ul>`;
}

/**
 * The issue as one email-ready HTML file with inlined CSS. Only the dark-mode and narrow-screen
 * media queries stay in a `<style>` block, since they cannot be inlined.
 * @example renderEmailHtml(ctx).includes('<table role="presentation"') // true
 */
export function renderEmailHtml(ctx: IssueContext): string {
  const { partnership } = ctx;
  const sections = issueSections(ctx.issue).map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.items.map((i) => itemHtml(i, ctx)).join('\n')}`);
  const period = `${formatDate(ctx.period.from)} to ${formatDate(ctx.period.to)}`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(ctx.title)}</title>
<style>${stylesheet(partnership.colours)}</style>
</head>
<body>
<table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f2f1"><tr><td align="center">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td class="masthead" bgcolor="${partnership.colours.brand}">${escapeHtml(partnership.name)}</td></tr>
<tr><td class="body">
<h1>${escapeHtml(ctx.title)}</h1>
<p class="meta">${escapeHtml(period)}</p>
<p>${escapeHtml(ctx.summary)}</p>
<p><a href="${escapeHtml(ctx.webUrl)}">Read this newsletter on the website</a></p>
${prepareEmailFragment(ctx.introHtml, ctx.webUrl)}
${sections.join('\n')}
${sessionsHtml(ctx)}
</td></tr>
<tr><td class="footer">
<p>${escapeHtml(ctx.footer.reason)}${ctx.footer.unsubscribe ? ` <a href="${escapeHtml(ctx.footer.unsubscribe)}">Unsubscribe</a>.` : ''}</p>
<p>Was this forwarded to you? <a href="${escapeHtml(ctx.footer.subscribeHref)}">Subscribe to the newsletter</a>.</p>
<p>${escapeHtml(partnership.name)}. Questions or feedback: <a href="mailto:${escapeHtml(partnership.email)}">${escapeHtml(partnership.email)}</a>.</p>
<p><a href="${escapeHtml(ctx.archiveUrl)}">Every issue of this newsletter</a></p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  return juice(html, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true, applyAttributesTableElements: true });
}
