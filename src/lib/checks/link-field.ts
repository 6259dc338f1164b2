/**
 * The rule for addresses an editor types into a field (a course's `booking`, a document's
 * `href`, a helpline's `url`): the body's rule (src/lib/body/safe-url.ts: https, http,
 * mailto, tel or a path on this site) applied to the value as a browser would finally read
 * it. A field's text is not HTML or a URL yet, so character references and percent-escapes
 * are decoded first, and every character a browser drops or that only hides what the
 * address says is taken out: `java&#x09;script:`, `%6Aavascript:` and `java\u200bscript:`
 * are all judged as `javascript:`. A field must also be a whole address: a relative one
 * (`reports/x.pdf`, `www.example.org`) or a bare `#fragment` means something different on
 * every page that shows it, so it is refused too.
 */
import { ALLOWED_URLS_HINT, judgeUrl } from '../body/safe-url.ts';

/** What an allowed address is. */
export type LinkKind = 'web' | 'mailto' | 'tel' | 'site';

export type LinkJudgement = { ok: true; kind: LinkKind } | { ok: false; reason: string };

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.', num: '#', quest: '?', amp: '&', percnt: '%' };
// Characters a browser drops from an address, and invisible ones that only hide what it says.
// eslint-disable-next-line no-control-regex -- removing these characters is the point
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const decodePercent = (text: string) => text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * The address as a browser would finally act on it, for judging only (the editor's text is
 * kept): decoded until nothing changes, so a twice-escaped scheme is seen too.
 * @example normaliseForJudging(' java&#x09;script:alert(1)') // 'javascript:alert(1)'
 */
export function normaliseForJudging(value: string): string {
  let current = value;
  for (let i = 0; i < 5; i++) {
    const next = decodePercent(decodeReferences(current)).replace(IGNORED, '');
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Whether an address typed into a field may become a link on the site, and what kind it is.
 * @example judgeLinkField('https://www.example.org/book') // { ok: true, kind: 'web' }
 * @example judgeLinkField('java&#x09;script:alert(1)').ok // false
 */
export function judgeLinkField(value: string): LinkJudgement {
  const seen = normaliseForJudging(value);
  const verdict = judgeUrl(seen);
  if (!verdict.ok) return { ok: false, reason: `it ${verdict.reason}. ${ALLOWED_URLS_HINT}` };
  if (verdict.kind === 'site') return { ok: true, kind: 'site' };
  if (verdict.kind !== 'absolute') return { ok: false, reason: `it is neither a whole address nor a path on this site. Start a web address with https:// (e.g. https://www.example.org/book) and a path on this site with / (e.g. /reports/child-q.pdf)` };
  const scheme = seen.slice(0, seen.indexOf(':')).toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') return { ok: true, kind: scheme };
  let host: string;
  try {
    host = new URL(seen).hostname;
  } catch {
    host = '';
  }
  if (!host) return { ok: false, reason: `it has no website name after ${scheme}://. Write the whole address, e.g. https://www.example.org/book` };
  return { ok: true, kind: 'web' };
}
