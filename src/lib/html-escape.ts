/**
 * Escaping for HTML written as text rather than through a template engine (the email version
 * of a newsletter, the web editor's page): anything from content goes through here.
 */

/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml('Fish & "chips" <b>') // 'Fish &amp; &quot;chips&quot; &lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
