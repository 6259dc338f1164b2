/**
 * The site's Content-Security-Policy and other security headers, in one place, so the
 * `<meta>` tag in every page and the host header files (`_headers`, nginx) never disagree.
 * Scripts come only from files on the site itself: no inline scripts, no eval.
 */

export type Directive =
  | 'default-src' | 'script-src' | 'style-src' | 'img-src' | 'font-src' | 'connect-src' | 'media-src'
  | 'object-src' | 'frame-src' | 'worker-src' | 'base-uri' | 'form-action' | 'frame-ancestors';

export type Policy = Partial<Record<Directive, string[]>>;

/** What every page gets: its own files only, nothing framed, no plugins. */
export const BASE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A section of the site that needs more than the base policy, and why. */
export interface PathRule {
  /** A top-level folder of the site, without the base: `search/` covers /search/ and below. */
  prefix: string;
  extra: Policy;
  reason: string;
}

export const PATH_RULES: PathRule[] = [
  {
    prefix: 'search/',
    extra: { 'script-src': ["'wasm-unsafe-eval'"] },
    reason: 'Pagefind compiles its WebAssembly search index in the browser; this allows WebAssembly only, not JavaScript eval.',
  },
  {
    prefix: 'admin/',
    extra: {
      'script-src': ["'unsafe-eval'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ['data:', 'blob:'],
    },
    reason: 'Decap CMS compiles its config schema with eval, injects its styles and previews uploads from blob: URLs. The git host it saves through is added by the build from the sign-in settings (cms-backend.ts withCmsHost), and only that host. Editors only; no public page gets this.',
  },
];

/**
 * What the editor page adds on the dev server only: `npx decap-server` on the editor's own
 * computer. Never in a build, so a published editor cannot be pointed at a local server.
 */
export const DEV_ADMIN_EXTRA: Policy = { 'connect-src': ['http://localhost:8081'] };

/**
 * The newsletter's email version: its styles are inline, because email clients need them
 * there; nothing else may load or run. Most email clients ignore the tag; a browser opening
 * the file on a host without headers does not.
 */
export const EMAIL_POLICY: Policy = {
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * Referrers: within the site the referrer helps nobody outside; other sites learn nothing of
 * what was read, and "Exit this page" tells the site it leaves for nothing. Sent as a header
 * and, for hosts without headers, as `<meta name="referrer">` in every page.
 */
export const REFERRER_POLICY = 'same-origin';

/**
 * Adds sources to a policy, directive by directive; the policy given is not changed.
 * @example mergePolicy({ 'img-src': ["'self'"] }, { 'img-src': ['data:'] }) // { 'img-src': ["'self'", 'data:'] }
 */
export function mergePolicy(policy: Policy, extra: Policy): Policy {
  const merged: Policy = structuredClone(policy);
  for (const [directive, sources] of Object.entries(extra) as [Directive, string[]][]) merged[directive] = [...(merged[directive] ?? []), ...sources];
  return merged;
}

/**
 * The path rules with the web editor's git host added to /admin/: its API (and token
 * endpoint) in connect-src, its avatars in img-src, nothing for any other host.
 * @example withCmsHost(PATH_RULES, { connect: ['https://gitlab.com'], images: [] })
 */
export function withCmsHost(rules: readonly PathRule[], host: { connect: readonly string[]; images: readonly string[] }): PathRule[] {
  return rules.map((rule) =>
    rule.prefix === 'admin/'
      ? { ...rule, extra: { ...rule.extra, 'connect-src': [...(rule.extra['connect-src'] ?? []), ...host.connect], 'img-src': [...(rule.extra['img-src'] ?? []), ...host.images] } }
      : rule,
  );
}

/**
 * The path rules with the neighbour partnerships' origins added to the search page's
 * connect-src, so "Include other partnerships" can read their search indexes, and no
 * other page may reach them (content/network.yaml; README "Learning from other partnerships").
 * @example withNeighbours(PATH_RULES, ['https://east.example'])
 */
export function withNeighbours(rules: readonly PathRule[], origins: readonly string[]): PathRule[] {
  if (origins.length === 0) return [...rules];
  return rules.map((rule) => (rule.prefix === 'search/' ? { ...rule, extra: { ...rule.extra, 'connect-src': [...(rule.extra['connect-src'] ?? []), ...origins] } } : rule));
}

/**
 * The folder of the search index, which other partnerships' search pages read: it is sent
 * with `Access-Control-Allow-Origin: *` (the index is public, and no cookies are involved).
 */
export const SEARCH_INDEX_DIR = 'pagefind';
export const SEARCH_INDEX_CORS: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };

/** Directives a browser ignores (and warns about) when the policy comes in a `<meta>` tag. */
const HEADER_ONLY: Directive[] = ['frame-ancestors'];

const normalise = (sitePath: string): string => sitePath.replace(/^\/+/, '');

/**
 * The policy for one page, by its path inside the site (no base path), plus the hashes of any
 * inline scripts it must run.
 * @example policyFor('search/')['script-src'] // ["'self'", "'wasm-unsafe-eval'"]
 */
export function policyFor(sitePath: string, scriptHashes: string[] = [], rules: readonly PathRule[] = PATH_RULES): Policy {
  const path = normalise(sitePath);
  let policy: Policy = structuredClone(BASE_POLICY);
  for (const rule of rules) if (path.startsWith(rule.prefix)) policy = mergePolicy(policy, rule.extra);
  if (scriptHashes.length) policy['script-src'] = [...policy['script-src']!, ...scriptHashes.map((h) => `'${h}'`)];
  return policy;
}

/**
 * Writes a policy as a header value; `meta` leaves out what a `<meta>` tag cannot carry.
 * @example serializePolicy({ 'default-src': ["'self'"], 'frame-ancestors': ["'none'"] }, 'meta') // "default-src 'self'"
 */
export function serializePolicy(policy: Policy, delivery: 'header' | 'meta' = 'header'): string {
  return (Object.entries(policy) as [Directive, string[]][])
    .filter(([directive]) => delivery === 'header' || !HEADER_ONLY.includes(directive))
    .map(([directive, sources]) => `${directive} ${[...new Set(sources)].join(' ')}`)
    .join('; ');
}

/** Headers for every response, whatever the file. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  // frame-ancestors in the CSP replaces this; older browsers still read it.
  'X-Frame-Options': 'DENY',
};

/**
 * Astro writes the site's CSS and scripts under `_astro/` with a hash of their content in the
 * name, so a changed file gets a new name: browsers may keep these for a year without asking.
 */
export const HASHED_ASSETS_DIR = '_astro';
export const HASHED_ASSETS_CACHE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file for Netlify and Cloudflare Pages. Hosts combine the CSPs of every rule a
 * path matches (which would enforce the strictest), so each CSP rule covers a disjoint set of
 * paths: the home page, each top-level folder that holds pages, and 404.html.
 * @param base the site's base path, e.g. `/` or `/cascade/`
 * @param folders top-level folders that hold HTML pages, e.g. `['reviews', 'search']`
 * @example renderHeadersFile('/', ['reviews']) // "/*\n  X-Content-Type-Options: nosniff…"
 */
export function renderHeadersFile(base: string, folders: string[], rules: readonly PathRule[] = PATH_RULES): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = ['# Security headers for Netlify and Cloudflare Pages, written by the build from src/lib/formats/csp.ts.', ''];
  lines.push(`${prefix}*`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`), '');
  const csp = (path: string, sitePath: string) => [path, `  Content-Security-Policy: ${serializePolicy(policyFor(sitePath, [], rules))}`, ''];
  lines.push(...csp(prefix, ''), ...csp(`${prefix}index.html`, ''), ...csp(`${prefix}404.html`, ''));
  for (const folder of [...folders].sort()) lines.push(...csp(`${prefix}${folder}/*`, `${folder}/`));
  lines.push(`${prefix}${HASHED_ASSETS_DIR}/*`, `  Cache-Control: ${HASHED_ASSETS_CACHE}`, '');
  lines.push(`${prefix}${SEARCH_INDEX_DIR}/*`, ...Object.entries(SEARCH_INDEX_CORS).map(([k, v]) => `  ${k}: ${v}`), '');
  return lines.join('\n');
}
