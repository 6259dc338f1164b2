/**
 * The plain-text version of a newsletter issue: for email tools that send a text part beside
 * the HTML, and for readers who prefer it. Links are written out in full.
 */
import { formatDate } from '../dates.ts';
import { GATHERED_NOUNS, ISSUE_COLLECTION_NOUNS, issueSections } from '../rules/newsletter.ts';
import { LIST_CAP } from '../pagination.ts';
import type { IssueContext } from './newsletter-email.ts';
import { prepareEmailFragment } from './newsletter-email.ts';
import { sessionLine } from '../rules/sessions.ts';

const WIDTH = 72;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…' };

/**
 * Decodes the HTML entities a rendered body contains.
 * @example decodeEntities('Fish &amp; chips &#8211; &#x2019;') // 'Fish & chips – ’'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? match;
  });
}

/**
 * Wraps a paragraph at 72 characters, never breaking a word or a link.
 * @example wrapText('a b c', 3) // 'a b\nc'
 */
export function wrapText(text: string, width = WIDTH, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/**
 * An HTML fragment as plain text: paragraphs kept, list items bulleted, links written out
 * after their text.
 * @example htmlToText('<p>See <a href="https://x.org/">the review</a>.</p>') // 'See the review (https://x.org/).'
 */
export function htmlToText(html: string): string {
  const blocks = html
    .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, url: string, label: string) => {
      const text = label.replace(/<[^>]+>/g, '').trim();
      const href = decodeEntities(url);
      return text === href || `mailto:${text}` === href ? href : `${text} (${href})`;
    })
    .replace(/<li\b[^>]*>/gi, '\n\n• ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|ul|ol|li|blockquote|div|table|tr)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .split(/\n{2,}/)
    .map((block) => decodeEntities(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return blocks.map((block) => (block.startsWith('• ') ? `• ${wrapText(block.slice(2), WIDTH, '  ').trimStart()}` : wrapText(block))).join('\n\n');
}

const heading = (text: string) => `${text.toUpperCase()}\n${'-'.repeat(text.length)}`;

/**
 * The issue as plain text, 72 characters wide, every link written out.
 * @example renderEmailText(ctx).split('\n')[0] // 'Learning newsletter, autumn 2026'
 */
export function renderEmailText(ctx: IssueContext): string {
  const parts = [
    `${ctx.title}\n${'='.repeat(ctx.title.length)}`,
    `${ctx.partnership.name}\n${formatDate(ctx.period.from)} to ${formatDate(ctx.period.to)}`,
    wrapText(ctx.summary),
    `Read this newsletter on the website:\n${ctx.webUrl}`,
    htmlToText(prepareEmailFragment(ctx.introHtml, ctx.webUrl)),
  ];
  for (const section of issueSections(ctx.issue, LIST_CAP)) {
    parts.push(heading(section.heading));
    for (const item of section.items) {
      const meta = [ISSUE_COLLECTION_NOUNS[item.collection], item.published && formatDate(item.published)].filter(Boolean).join(', ');
      parts.push(`${wrapText(item.title)}\n${meta}\n${wrapText(item.summary)}\n${ctx.urlOf(item)}`);
    }
    if (section.collection && section.total > section.items.length) parts.push(`See all ${section.total} ${GATHERED_NOUNS[section.collection]} in this issue:\n${ctx.listUrlOf(section.collection)}`);
  }
  const { sessions, sessionWindow } = ctx.issue;
  if (sessions.length) {
    parts.push(`${heading('Course sessions coming up')}\n${formatDate(sessionWindow.from)} to ${formatDate(sessionWindow.to)}`);
    for (const s of sessions) parts.push(`${wrapText(sessionLine(s, s.courseTitle))}\n${ctx.urlOf({ collection: 'courses', slug: s.courseSlug })}`);
  }
  const { footer } = ctx;
  const leave = footer.unsubscribe ? `\nUnsubscribe: ${footer.unsubscribe}` : '';
  const join = `Subscribe: ${footer.subscribeHref.replace(/^mailto:([^?]*).*$/, '$1')}`;
  parts.push(`${'-'.repeat(WIDTH)}\n${wrapText(footer.reason)}${leave}\n${join}\n\n${ctx.partnership.name}\nQuestions or feedback: ${ctx.partnership.email}\nEvery issue: ${ctx.archiveUrl}`);
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
