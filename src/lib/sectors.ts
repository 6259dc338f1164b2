/**
 * The sectors a review speaks to: the ones an editor gave in `sectors`, or else the sectors of
 * the agencies that took part, so a review reaches the role pathways without extra typing.
 * @example reviewSectors({ agencies: ['police', 'icb'] }, new Map([['police', 'police'], ['icb', 'health']])) // ['police', 'health']
 */
export function reviewSectors(review: { agencies: readonly string[]; sectors?: readonly string[] }, sectorOfAgency: ReadonlyMap<string, string | undefined>): string[] {
  if (review.sectors) return [...new Set(review.sectors)];
  return [...new Set(review.agencies.flatMap((id) => sectorOfAgency.get(id) ?? []))];
}
