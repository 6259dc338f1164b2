/**
 * "On this page" for a long page, and the headings the page itself adds, checked against the
 * body's own so no heading shows twice (a body that explains why its report is not published
 * needs no second heading saying the same).
 */

export interface ContentsLink {
  /** The heading's id, without the #. */
  id: string;
  label: string;
}

const normalise = (text: string) => text.toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether two headings read the same, whatever their case, spacing and punctuation.
 * @example sameHeading('Why the full report is not published', 'Why the full report is NOT published.') // true
 */
export function sameHeading(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

/**
 * Whether the body already has a heading that reads as `text`.
 * @example repeatsHeading([{ text: 'Good practice' }], 'Good practice') // true
 */
export function repeatsHeading(bodyHeadings: readonly { text: string }[], text: string): boolean {
  return bodyHeadings.some((h) => sameHeading(h.text, text));
}

/**
 * The page's sections in order, leaving out those it does not show (`false`) and any id met
 * before.
 * @example pageContents([{ id: 'key-messages', label: 'Key messages' }, false, { id: 'documents', label: 'Documents' }]) // both links
 */
export function pageContents(sections: readonly (ContentsLink | false | undefined)[]): ContentsLink[] {
  const seen = new Set<string>();
  return sections.filter((s): s is ContentsLink => Boolean(s) && !seen.has((s as ContentsLink).id) && Boolean(seen.add((s as ContentsLink).id)));
}
