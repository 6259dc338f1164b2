/**
 * Which pages carry the "Exit this page" button: those about a theme the partnership flags
 * (domestic abuse, sexual abuse, exploitation), where a reader may be at risk from someone
 * who can see their screen.
 */

/**
 * Whether a page tagged with these theme ids needs the button.
 * @example needsExitThisPage(['domestic-abuse'], [{ id: 'domestic-abuse', exitThisPage: true }]) // true
 */
export function needsExitThisPage(themeIds: readonly string[], themes: readonly { id: string; exitThisPage: boolean }[]): boolean {
  const flagged = new Set(themes.filter((t) => t.exitThisPage).map((t) => t.id));
  return themeIds.some((id) => flagged.has(id));
}
