/**
 * The text of a review's published reports, added to its page as the search index reads it
 * (never to the page readers download): hidden, inside the page's Documents section, so the
 * review is one search result whose "Documents" sub-result says the words were in the report.
 */
import { escapeHtml } from './newsletter-email.ts';

/**
 * The page's HTML with the report text placed just after its Documents heading (id
 * "documents"), or at the end of <main> when it has none.
 * @example withReportText('<main><h2 id="documents">Documents</h2><ul></ul></main>', 'Findings') // '<main><h2 id="documents">Documents</h2><div hidden data-report-text>Findings</div><ul></ul></main>'
 */
export function withReportText(html: string, text: string): string {
  const block = `<div hidden data-report-text>${escapeHtml(text)}</div>`;
  const heading = /<h2\b[^>]*\bid="documents"[^>]*>[\s\S]*?<\/h2>/.exec(html);
  if (heading) {
    const at = heading.index + heading[0].length;
    return html.slice(0, at) + block + html.slice(at);
  }
  const end = html.lastIndexOf('</main>');
  return end === -1 ? html : html.slice(0, end) + block + html.slice(end);
}
