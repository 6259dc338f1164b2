/**
 * Where a neighbour partnership's site is, and what may be trusted from it. A neighbour is
 * named by the address of its Cascade site; its open data and search index sit at fixed
 * paths below it. Addresses are https; http is allowed only for this computer (loopback),
 * so a test can serve a neighbour without certificates while no real site is read in clear.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why an address cannot name a neighbour, or undefined when it can. */
export type AddressVerdict = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * Judges the address of a neighbour's site: a whole https address (http only on loopback),
 * with no user name, password, query or fragment.
 * @example judgeNeighbourAddress('https://www.kent-scp.org.uk/').ok // true
 * @example judgeNeighbourAddress('http://www.kent-scp.org.uk/').ok // false
 */
export function judgeNeighbourAddress(text: string): AddressVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'expected the full address of the partnership’s Cascade site, e.g. https://www.example-scp.org.uk/' };
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, reason: `the address must start with https:// (http:// is allowed only for this computer, in tests); write https://${url.host}${url.pathname}` };
  }
  if (url.username || url.password) return { ok: false, reason: 'the address must not hold a user name or password' };
  if (url.search || url.hash) return { ok: false, reason: 'the address must end at the site’s folder: take out everything from ? or #' };
  return { ok: true, url };
}

/**
 * The site's address as a folder (ending in /), so paths below it join on.
 * @example neighbourBase('https://a.example/cascade') // 'https://a.example/cascade/'
 */
export function neighbourBase(siteUrl: string): string {
  const url = new URL(siteUrl);
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return url.href;
}

/**
 * The address of a file a neighbour publishes, e.g. its open data or search index.
 * @example neighbourFile('https://a.example/cascade', 'data/reviews.json') // 'https://a.example/cascade/data/reviews.json'
 */
export function neighbourFile(siteUrl: string, path: string): string {
  return new URL(path, neighbourBase(siteUrl)).href;
}

/**
 * The origin a browser sees for a neighbour: what the search page's CSP allows.
 * @example neighbourOrigin('https://a.example/cascade/') // 'https://a.example'
 */
export function neighbourOrigin(siteUrl: string): string {
  return new URL(siteUrl).origin;
}

/**
 * Whether an address taken from a neighbour's data may become a link: it must be an http(s)
 * address on the neighbour's own site (same origin), so a neighbour's file cannot send this
 * site's readers anywhere else, or run script through a `javascript:` link.
 * @example isNeighbourLink('https://a.example/reviews/x/', 'https://a.example/') // true
 * @example isNeighbourLink('javascript:alert(1)', 'https://a.example/') // false
 */
export function isNeighbourLink(href: string, siteUrl: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === neighbourOrigin(siteUrl) && !url.username && !url.password;
  } catch {
    return false;
  }
}
