/**
 * An entry's file as an editor saved it: the YAML fields between two `---` lines, then the
 * body. Tolerates what editors' tools add (a byte-order mark, Windows line ends).
 */
import type { Problem } from '../lib/errors.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

// `draft: true` as written, found even when the rest of the frontmatter cannot be read, so a
// half-written draft is still known to be one.
const DRAFT_LINE = /^draft:[ \t]*true[ \t]*(?:#.*)?\r?$/m;

const YAML_HINT = 'Check the indentation, that each field is written `name: value`, and that text containing a colon is in quotes.';

export interface EntryFile {
  ok: boolean;
  data: unknown;
  body: string;
  /** The line of the file on which the body starts, so body problems name the file's line. */
  bodyLine: number;
  /** The entry says `draft: true`. */
  draft: boolean;
  /** The line of a frontmatter field, for problems found later by the schema. */
  lineOf: YamlSource['lineOf'];
}

/** Problems for a YAML source that could not be read, one per line. */
export function yamlProblems(file: string, yaml: YamlSource): Problem[] {
  return yaml.errors.map((error) => ({ code: 'yaml-invalid' as const, file, field: '', line: error.line, message: `is not valid YAML: ${error.message}. ${YAML_HINT}`, severity: 'error' as const }));
}

/**
 * Splits an entry file into its fields and body, reporting into `problems`.
 * @example parseEntryFile('\uFEFF---\ntitle: A\n---\nText', 'a.mdx', []).bodyLine // 4
 */
export function parseEntryFile(text: string, file: string, problems: Problem[]): EntryFile {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER.exec(source);
  if (!match) {
    // A file saved half-way through its fields opens them but never closes them. It is still a
    // draft when it says so, so its problem warns instead of stopping everyone's build.
    const opened = /^---\r?\n/.test(source);
    const message = opened
      ? 'opens its fields with `---` but never closes them. Add a line `---` after the last field, then the text.'
      : 'has no frontmatter. Start the file with a line `---`, the fields, then another `---` line.';
    problems.push({ code: 'frontmatter-missing', file, field: '', line: 1, message, severity: 'error' });
    return { ok: false, data: undefined, body: source, bodyLine: 1, draft: opened && DRAFT_LINE.test(source), lineOf: () => undefined };
  }
  const yaml = readYaml(match[1]!, 2);
  problems.push(...yamlProblems(file, yaml));
  const draft = yaml.ok ? (yaml.data as { draft?: unknown } | null)?.draft === true : DRAFT_LINE.test(match[1]!);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { ok: yaml.ok, data: yaml.data, body: source.slice(match[0].length), bodyLine, draft, lineOf: yaml.lineOf };
}
