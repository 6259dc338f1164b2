/**
 * The one rule for addresses that come from editors: a body's links and images, and URL
 * fields. Browsers ignore tabs, new lines and leading control characters inside a URL
 * (`java&#x09;script:` runs as `javascript:`), so the scheme is judged after removing them,
 * on the decoded value, by the same normalising and scheme list the output check uses
 * (src/lib/checks/url-safety.ts), so what the check lets in the output check also lets out.
 */
import { LINK_SCHEMES, normaliseUrl, schemeOf } from '../checks/url-safety.ts';

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
export const ALLOWED_SCHEMES = LINK_SCHEMES;

export type UrlVerdict =
  | { ok: true; kind: 'absolute' | 'site' | 'fragment' | 'relative' }
  | { ok: false; reason: string };

/**
 * Whether an editor's address is one the site may publish, and why not.
 * @example judgeUrl('https://example.org/') // { ok: true, kind: 'absolute' }
 * @example judgeUrl('java\tscript:alert(1)').ok // false
 * @example judgeUrl('/reports/child-q.pdf') // { ok: true, kind: 'site' }
 */
export function judgeUrl(raw: string): UrlVerdict {
  const url = normaliseUrl(raw);
  if (url === '') return { ok: false, reason: 'is empty' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return { ok: false, reason: 'contains a control character' };
  if (url.startsWith('//') || url.startsWith('\\\\') || url.startsWith('/\\')) return { ok: false, reason: 'starts with // (another site without a scheme): write the whole address, starting https://' };
  if (url.startsWith('#')) return { ok: true, kind: 'fragment' };
  if (url.startsWith('/')) return { ok: true, kind: 'site' };
  const scheme = schemeOf(url);
  if (scheme === undefined) return { ok: true, kind: 'relative' };
  if (ALLOWED_SCHEMES.includes(scheme)) return { ok: true, kind: 'absolute' };
  return { ok: false, reason: `uses "${scheme}:", which a page may not link to` };
}

/** The sentence that tells an editor which addresses are allowed. */
export const ALLOWED_URLS_HINT = 'Use an address starting https://, http://, mailto: or tel:, or a page of this site starting with /.';
