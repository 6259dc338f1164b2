/**
 * The email-ready HTML of a newsletter issue: one file an editor pastes into the email tool.
 * Email clients ignore most of what browsers do, so it is a 600 px table layout with the CSS
 * inlined (juice), absolute links only, no images and no script, in colours that stay
 * readable when a client switches to dark mode. Its own Content-Security-Policy `<meta>`
 * allows those inline styles and nothing else, for a browser that opens the file on the site.
 */
import juice from 'juice';
import { parseFragment, serialize } from 'parse5';
import { escapeHtml } from '../html-escape.ts';
import { EMAIL_POLICY, REFERRER_POLICY, serializePolicy } from './csp.ts';
import { normaliseUrl, offSiteOrigin, refusedScheme, schemeOf } from '../checks/url-safety.ts';
import { formatDate } from '../dates.ts';
import { GATHERED_NOUNS, ISSUE_COLLECTION_NOUNS, issueSections, type GatheredCollection, type GatheredIssue, type IssueItem, type IssueSection } from '../rules/newsletter.ts';
import { LIST_CAP } from '../pagination.ts';
import { isFull, sessionPlace, sessionWhen } from '../rules/sessions.ts';
import type { NewsletterFooter } from '../newsletter-subscribe.ts';

export { escapeHtml };

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
  /** Absolute address of the issue's whole list of one collection, behind a cut section's "See all". */
  listUrlOf(collection: GatheredCollection): string;
}


/** Elements an email never carries: anything active, embedded, styled from elsewhere or asking for input. */
const EMAIL_DROPPED = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'form', 'input', 'button', 'select', 'textarea', 'template', 'noscript', 'svg', 'math',
]);

/** Attributes that hold an address, and whether the browser follows (`link`) or fetches (`load`) it. */
const EMAIL_URL_ATTRIBUTES: Record<string, 'link' | 'load'> = { href: 'link', src: 'load', cite: 'link', poster: 'load', background: 'load' };

type FragmentNode = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: FragmentNode[] };

/**
 * Makes an HTML fragment fit for an email. It is parsed as a browser would (character
 * references decoded), then: every link and image address is made absolute (resolved against
 * the issue's web page); an address that is not web, mail or phone (javascript:, data:…) is
 * dropped, as are images from other sites (they tell the sender who opened the email);
 * scripts, styles, frames, forms and event handlers are removed.
 * @example prepareEmailFragment('<a href="/reviews/x/">x</a>', 'https://example.org/newsletters/a/') // '<a href="https://example.org/reviews/x/">x</a>'
 * @example prepareEmailFragment('<a href="java&#x09;script:alert(1)">x</a>', 'https://example.org/') // '<a>x</a>'
 */
export function prepareEmailFragment(html: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  const clean = (node: FragmentNode): boolean => {
    const tag = node.tagName;
    if (tag && EMAIL_DROPPED.has(tag)) return false;
    if (tag && node.attrs) {
      const kept: { name: string; value: string }[] = [];
      for (const attribute of node.attrs) {
        const { name } = attribute;
        if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'ping' || name === 'srcset' || name === 'formaction') continue;
        const use = EMAIL_URL_ATTRIBUTES[name];
        if (!use) {
          kept.push(attribute);
          continue;
        }
        const value = normaliseUrl(attribute.value);
        if (refusedScheme(value, use)) continue;
        const absolute = schemeOf(value) ? value : new URL(value, baseUrl).href;
        if (use === 'load' && offSiteOrigin(absolute, origin)) continue;
        kept.push({ name, value: absolute });
      }
      node.attrs = kept;
      // An image left with nothing to show is dropped rather than shown broken.
      if (tag === 'img' && !kept.some((a) => a.name === 'src')) return false;
    }
    if (node.childNodes) node.childNodes = node.childNodes.filter(clean);
    return true;
  };
  const fragment = parseFragment(html);
  clean(fragment as unknown as FragmentNode);
  return serialize(fragment);
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

/** A cut section's link to the rest, on the website. */
function seeAllHtml(section: IssueSection, ctx: IssueContext): string {
  if (!section.collection || section.total <= section.items.length) return '';
  return `\n<p><a href="${escapeHtml(ctx.listUrlOf(section.collection))}">See all ${section.total} ${GATHERED_NOUNS[section.collection]} in this issue</a></p>`;
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
  const sections = issueSections(ctx.issue, LIST_CAP).map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.items.map((i) => itemHtml(i, ctx)).join('\n')}${seeAllHtml(s, ctx)}`);
  const period = `${formatDate(ctx.period.from)} to ${formatDate(ctx.period.to)}`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(serializePolicy(EMAIL_POLICY, 'meta'))}">
<meta name="referrer" content="${REFERRER_POLICY}">
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
