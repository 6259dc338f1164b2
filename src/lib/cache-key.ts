import { createHash } from 'node:crypto';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * A short, stable hash of everything a page shows, for Astro's incremental build: equal keys
 * mean the page would render the same and can be reused from the last build.
 * @example pageCacheKey(site.layoutKey, entry.digest, relatedTitles) // '3f1c…'
 */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(stable(parts))).digest('hex').slice(0, 32);
}
