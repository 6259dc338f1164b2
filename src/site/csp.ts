import { PATH_RULES, policyFor, serializePolicy, withNeighbours } from '../lib/formats/csp.ts';

export { REFERRER_POLICY } from '../lib/formats/csp.ts';

/**
 * The Content-Security-Policy for a page's `<meta>` tag, from its address (with the base path).
 * None on the dev server: Vite injects inline styles and scripts there, which the policy blocks.
 */
export function metaPolicy(pathname: string): string | undefined {
  if (__CASCADE_PREVIEW__) return undefined;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const sitePath = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return serializePolicy(policyFor(sitePath, [], withNeighbours(PATH_RULES, __CASCADE_NEIGHBOURS__.origins)), 'meta');
}
