/**
 * The one rule for addresses an editor types into a field (a course's `booking`, a document's
 * `href`, a helpline's `url`): a web address (https, http), an email or phone link (mailto,
 * tel) or a path on this site. Anything else, above all `javascript:`, `data:` and
 * `vbscript:`, which run code or smuggle a page in, is refused. The address is judged the way
 * a browser would read it: character references and percent-escapes decoded, and the tabs,
 * line breaks and control characters a browser ignores taken out, so `java&#x09;script:` or
 * `%6Aavascript:` cannot slip past.
 */

/** What an allowed address is. */
export type UrlKind = 'web' | 'mailto' | 'tel' | 'site';

export type UrlJudgement = { ok: true; kind: UrlKind } | { ok: false; reason: string };

const ALLOWED_SCHEMES: Record<string, UrlKind> = { https: 'web', http: 'web', mailto: 'mailto', tel: 'tel' };
const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.', num: '#', quest: '?', amp: '&', percnt: '%' };
// Characters a browser drops from an address, and invisible ones that only hide what it says.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

function decodePercent(text: string): string {
  // Decoded until nothing changes, so a twice-escaped scheme is seen too; a stray % stays.
  let current = text;
  for (let i = 0; i < 5; i++) {
    const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The address as a browser would act on it, for judging only (the editor's text is kept).
 * @example normaliseForJudging(' java&#x09;script:alert(1)') // 'javascript:alert(1)'
 */
export function normaliseForJudging(value: string): string {
  let current = value;
  for (let i = 0; i < 3; i++) {
    const next = decodePercent(decodeReferences(current)).replace(IGNORED, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether an address may go into a link on the site, and what kind it is.
 * @example judgeUrl('https://www.example.org/book') // { ok: true, kind: 'web' }
 * @example judgeUrl('javascript:alert(1)').ok // false
 */
export function judgeUrl(value: string): UrlJudgement {
  const seen = normaliseForJudging(value);
  if (!seen) return { ok: false, reason: 'it is empty. Write an address starting with https://, or a path on this site starting with /' };
  if (/^[/\\][/\\]/.test(seen)) return { ok: false, reason: 'an address starting with // leaves out the scheme. Write it in full, starting with https://' };
  if (seen.startsWith('/')) return { ok: true, kind: 'site' };
  const scheme = SCHEME.exec(seen)?.[1]?.toLowerCase();
  if (!scheme) return { ok: false, reason: 'it is neither a full address nor a path on this site. Start a web address with https:// (e.g. https://www.example.org/book) and a path on this site with / (e.g. /reports/child-q.pdf)' };
  const kind = ALLOWED_SCHEMES[scheme];
  if (!kind) return { ok: false, reason: `a ${scheme}: address is not allowed in a link${['javascript', 'vbscript', 'data'].includes(scheme) ? ', because it can run code or carry a hidden page' : ''}. Use an address starting with https://, http://, mailto: or tel:, or a path on this site starting with /` };
  if (kind === 'web') {
    let host = '';
    try {
      host = new URL(seen).hostname;
    } catch {
      host = '';
    }
    if (!host) return { ok: false, reason: `it has no website name after ${scheme}://. Write the full address, e.g. https://www.example.org/book` };
  }
  return { ok: true, kind };
}
