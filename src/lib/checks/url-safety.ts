/**
 * What a link in any output may point to, judged as a browser reads it. Parsers have already
 * turned character references into characters (`java&#x09;script:` is `java<TAB>script:`);
 * a browser then drops tabs and line breaks anywhere in a URL and control characters and
 * spaces at its ends, so `java<TAB>script:` runs as `javascript:`. Every check here works on
 * that normalised form, never on the text as written.
 */

/** Schemes a link may use: the web, email and phone. Anything else (javascript:, data:, file:, vbscript:…) is refused. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Schemes an address that loads something (an image, a script, a form's target) may use. */
export const LOAD_SCHEMES: readonly string[] = ['http', 'https'];

/**
 * A URL as a browser will read it: tabs and line breaks removed, control characters and
 * spaces trimmed from both ends (the WHATWG URL parser's first steps).
 * @example normaliseUrl(' java\tscript:alert(1)') // 'javascript:alert(1)'
 */
export function normaliseUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * The scheme of a URL in lower case, or undefined for a relative one (`/x/`, `../x`, `#id`, `//host/x`).
 * @example schemeOf('JavaScript:void(0)') // 'javascript'
 * @example schemeOf('/reviews/') // undefined
 */
export function schemeOf(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(value))?.[1]?.toLowerCase();
}

/**
 * Why a link may not come out of the build, or undefined when it may. `load` is for addresses
 * a browser fetches by itself (src, action, poster): only http(s) or relative.
 * @example refusedScheme('java\tscript:alert(1)') // 'javascript:'
 * @example refusedScheme('mailto:team@example.org') // undefined
 * @example refusedScheme('mailto:team@example.org', 'load') // 'mailto:'
 */
export function refusedScheme(value: string, use: 'link' | 'load' = 'link'): string | undefined {
  const scheme = schemeOf(value);
  if (scheme === undefined) return undefined;
  return (use === 'link' ? LINK_SCHEMES : LOAD_SCHEMES).includes(scheme) ? undefined : `${scheme}:`;
}

/**
 * The origin a URL points at when it leaves the site, or undefined when it stays on it
 * (relative, or absolute on `siteOrigin`). Links without a web scheme (mailto:) are not
 * "off-site" requests and give undefined.
 * @example offSiteOrigin('https://tracker.example/p.gif', 'https://learning.example') // 'https://tracker.example'
 * @example offSiteOrigin('//tracker.example/p.gif') // 'https://tracker.example'
 * @example offSiteOrigin('/reviews/') // undefined
 */
export function offSiteOrigin(value: string, siteOrigin?: string): string | undefined {
  const url = normaliseUrl(value);
  const scheme = schemeOf(url);
  // A browser reads `\\host` like `//host`: another site, with this page's scheme.
  if (scheme === undefined && !/^[/\\]{2}/.test(url)) return undefined;
  if (scheme !== undefined && !LOAD_SCHEMES.includes(scheme)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://cascade.invalid/');
  } catch {
    return undefined;
  }
  return parsed.origin === siteOrigin ? undefined : parsed.origin;
}
