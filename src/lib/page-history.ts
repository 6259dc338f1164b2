/**
 * A page's history from its `updates` list, the editor's own record of what changed.
 * Feeds and pages use it instead of git dates, which shallow CI clones get wrong.
 */

export interface Update {
  date: string;
  note: string;
}

/**
 * The most recent update, whatever order the editor wrote them in.
 * @example latestUpdate([{ date: '2024-01-01', note: 'a' }, { date: '2025-01-01', note: 'b' }])?.note // 'b'
 */
export function latestUpdate<T extends { date: string }>(updates: readonly T[]): T | undefined {
  return updates.reduce<T | undefined>((latest, u) => (!latest || u.date > latest.date ? u : latest), undefined);
}

/**
 * The date a feed gives as the entry's `updated`: its latest update up to the build date,
 * else its published date. An update dated after the build is not news yet.
 * @example lastUpdated({ published: '2024-01-01', updates: [{ date: '2024-06-12', note: 'x' }] }, '2026-11-22') // '2024-06-12'
 */
export function lastUpdated(entry: { published: string; updates?: readonly { date: string }[] }, buildDate: string): string {
  const latest = latestUpdate((entry.updates ?? []).filter((u) => u.date <= buildDate));
  return latest && latest.date > entry.published ? latest.date : entry.published;
}
