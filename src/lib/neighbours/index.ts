export { isNeighbourLink, judgeNeighbourAddress, neighbourBase, neighbourFile, neighbourOrigin, type AddressVerdict } from './address.ts';
export { entriesOnThemes, NEIGHBOUR_CAP, neighbourEntries, type NeighbourEntry } from './entries.ts';
export { nationalKeys } from './national.ts';
