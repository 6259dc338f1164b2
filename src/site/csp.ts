import { policyFor, serializePolicy } from '../lib/csp.ts';

/** The Content-Security-Policy for a page's `<meta>` tag, from its address (with the base path). */
export function metaPolicy(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const sitePath = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return serializePolicy(policyFor(sitePath), 'meta');
}
