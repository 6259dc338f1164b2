/**
 * Whether a page needs the content notice: one of its themes is marked `contentNotice: true`
 * in themes.yaml (a child's death or serious harm).
 * @example needsContentNotice(['safer-sleep'], [{ id: 'safer-sleep', contentNotice: true }]) // true
 */
export function needsContentNotice(themeIds: readonly string[], themes: readonly { id: string; contentNotice: boolean }[]): boolean {
  const marked = new Set(themes.filter((t) => t.contentNotice).map((t) => t.id));
  return themeIds.some((id) => marked.has(id));
}
