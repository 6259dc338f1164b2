/**
 * Which files in a collection folder are entries. Editors' tools leave lock, swap and backup
 * files beside the real ones; those are ignored. Anything else that is not an entry is
 * refused by name, so a file an editor expects to see published is never silently skipped.
 */

/** The extensions an entry may have: bodies are Markdown either way. */
export const ENTRY_EXTENSIONS = ['.mdx', '.md'] as const;

export type FileVerdict = { kind: 'entry'; slug: string } | { kind: 'ignore' } | { kind: 'refuse'; message: string };

// Emacs locks (.#x) and autosaves (#x#), Vim swap files (.x.swp), backups (x~, x.bak), macOS
// and Windows folder files.
const EDITOR_LEFTOVERS = /^(?:\..*|#.*#|.*~|.*\.(?:swp|swo|swx|bak|tmp|orig)|Thumbs\.db|desktop\.ini)$/i;

/**
 * What to do with one name in a collection folder.
 * @example judgeEntryFile('child-q.mdx') // { kind: 'entry', slug: 'child-q' }
 * @example judgeEntryFile('.#child-q.mdx') // { kind: 'ignore' }
 */
export function judgeEntryFile(name: string): FileVerdict {
  if (EDITOR_LEFTOVERS.test(name)) return { kind: 'ignore' };
  const ext = ENTRY_EXTENSIONS.find((e) => name.endsWith(e));
  if (ext) return { kind: 'entry', slug: name.slice(0, -ext.length) };
  const lower = ENTRY_EXTENSIONS.find((e) => name.toLowerCase().endsWith(e));
  if (lower) return { kind: 'refuse', message: `is not read, because its extension is not lowercase. Rename it to ${name.slice(0, -lower.length)}${lower}.` };
  return {
    kind: 'refuse',
    message: `is not an entry: only .mdx and .md files are read in this folder. Write the entry as an .mdx file (npm run new makes one), and keep other files (reports, pictures) under public/.`,
  };
}

/**
 * Slugs that two files claim (`x.md` beside `x.mdx`), with the files that claim each.
 * @example duplicateSlugs([['a', 'a.md'], ['a', 'a.mdx']]) // [['a', ['a.md', 'a.mdx']]]
 */
export function duplicateSlugs(entries: readonly (readonly [slug: string, file: string])[]): [string, string[]][] {
  const bySlug = new Map<string, string[]>();
  for (const [slug, file] of entries) bySlug.set(slug, [...(bySlug.get(slug) ?? []), file]);
  return [...bySlug].filter(([, files]) => files.length > 1);
}
