/**
 * Whether a page needs the content notice. The entry's own `contentNotice` decides when it is
 * set (an editor knows a review about a child physically harmed needs one whatever its themes
 * say, or that a theme's notice does not fit a good-practice briefing); otherwise one of its
 * themes marked `contentNotice: true` in themes.yaml (a child's death or serious harm) does.
 * @example needsContentNotice(['safer-sleep'], [{ id: 'safer-sleep', contentNotice: true }]) // true
 * @example needsContentNotice(['neglect'], [{ id: 'neglect', contentNotice: false }], true) // true
 */
export function needsContentNotice(themeIds: readonly string[], themes: readonly { id: string; contentNotice: boolean }[], own?: boolean): boolean {
  if (own !== undefined) return own;
  const marked = new Set(themes.filter((t) => t.contentNotice).map((t) => t.id));
  return themeIds.some((id) => marked.has(id));
}
