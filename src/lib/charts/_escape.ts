/**
 * Text made safe for XML content and attribute values.
 * @example escapeXml('Fish & <chips>') // 'Fish &amp; &lt;chips&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
