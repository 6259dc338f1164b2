/**
 * The sectors a review speaks to: the ones an editor gave in `sectors`, or else the sectors of
 * the agencies that took part, so a review reaches the role pathways without extra typing.
 * @example reviewSectors({ agencies: ['police', 'icb'] }, new Map([['police', 'police'], ['icb', 'health']])) // ['police', 'health']
 */
export function reviewSectors(review: { agencies: readonly string[]; sectors?: readonly string[] }, sectorOfAgency: ReadonlyMap<string, string | undefined>): string[] {
  if (review.sectors) return [...new Set(review.sectors)];
  return [...new Set(review.agencies.flatMap((id) => sectorOfAgency.get(id) ?? []))];
}

/**
 * The words a search for a role should find an entry by: each of its sectors' names and the
 * roles they cover (sectors.yaml `roles`), so "health visitor neglect" finds neglect learning
 * for health.
 * @example roleWords(['health'], (id) => ({ name: 'Health', roles: ['health visitor', 'midwife'] })) // 'Health: health visitor, midwife.'
 */
export function roleWords(sectorIds: readonly string[], sector: (id: string) => { name: string; roles: readonly string[] } | undefined): string {
  return sectorIds
    .flatMap((id) => sector(id) ?? [])
    .map((s) => (s.roles.length ? `${s.name}: ${s.roles.join(', ')}.` : `${s.name}.`))
    .join(' ');
}
