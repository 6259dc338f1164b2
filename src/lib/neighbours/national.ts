/**
 * The national vocabularies partnerships share: each local theme in themes.yaml names the
 * Child Safeguarding Practice Review Panel themes and NSPCC repository keywords it maps to.
 * Two partnerships' themes meet when they map to a common national term, whatever their
 * local ids ("neglect" here, "chronic-neglect" there).
 */

/** A national term as a key: its vocabulary and its words, lowercased, spacing and punctuation evened out. */
const key = (vocabulary: 'panel' | 'nspcc', term: string) =>
  `${vocabulary}:${term.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, ' ').trim()}`;

/**
 * The national keys of a theme.
 * @example nationalKeys({ panel: ['Neglect'], nspcc: ['Chronic neglect'] }) // ['panel:neglect', 'nspcc:chronic neglect']
 */
export function nationalKeys(theme: { panel: readonly string[]; nspcc: readonly string[] }): string[] {
  return [...theme.panel.map((t) => key('panel', t)), ...theme.nspcc.map((t) => key('nspcc', t))];
}
