/**
 * YAML as editors write it (frontmatter and the data files), read with the line of every
 * field kept, so each problem can name the line an editor must change. Never throws: a
 * syntax error, an alias bomb or nesting too deep to read comes back as a problem at its line.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';

export interface YamlError {
  line: number;
  message: string;
}

export interface YamlSource {
  ok: boolean;
  data: unknown;
  errors: YamlError[];
  /** The line (in the whole file) of the value at a field path, or of its nearest parent. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

// Anchors and aliases have no use in content; a few are allowed so hand-written YAML that
// uses one still reads, but a "billion laughs" file cannot exhaust the build.
const MAX_ALIASES = 50;
const MAX_DEPTH = 40;

function depthOf(node: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return depth;
  if (isMap(node) || isSeq(node)) return Math.max(depth, ...node.items.map((item) => depthOf(isMap(node) ? (item as { value: unknown }).value : item, depth + 1)));
  return depth;
}

/**
 * The line (of the text, from 1) where an unclosed quote opens: the parser only reports where
 * the text ran out, which may be many lines later.
 */
function quoteOpeningLine(source: string, end: number): number | undefined {
  const lines = source.slice(0, end).split('\n');
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const quote = /:\s*(["'])/.exec(lines[i]!)?.[1];
    if (quote && lines[i]!.split(quote).length % 2 === 0) return i + 1;
  }
  return undefined;
}

/**
 * Reads YAML text that starts on line `firstLine` of its file.
 * @example readYaml('title: A\nthemes: [neglct]\n', 2).lineOf(['themes', 0]) // 3
 */
export function readYaml(text: string, firstLine = 1): YamlSource {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 1; n -= 1) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const failed = (errors: YamlError[]): YamlSource => ({ ok: false, data: undefined, errors, lineOf });
  if (doc.errors.length) {
    const seen = new Set<string>();
    const errors = doc.errors
      .map((error) => {
        const opening = error.code === 'MISSING_CHAR' ? quoteOpeningLine(source, error.pos[0]) : undefined;
        const line = opening === undefined ? lineAt(error.pos[0]) : opening + firstLine - 1;
        return { line, message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '').replace(/:$/, '') };
      })
      .filter((error) => !seen.has(`${error.line} ${error.message}`) && seen.add(`${error.line} ${error.message}`));
    return failed(errors);
  }
  if (depthOf(doc.contents) > MAX_DEPTH) return failed([{ line: firstLine, message: `it is nested more than ${MAX_DEPTH} levels deep, which no Cascade field needs` }]);
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}, errors: [], lineOf };
  } catch (error) {
    const reason = /alias/i.test((error as Error).message) ? `it repeats anchors (&name / *name) more than ${MAX_ALIASES} times, which could exhaust the build; write the values out instead` : (error as Error).message;
    return failed([{ line: firstLine, message: reason }]);
  }
}

/**
 * `recommendations[1].owners[0]` → `['recommendations', 1, 'owners', 0]`
 * @example fieldPath('recommendations[1].owners[0]') // ['recommendations', 1, 'owners', 0]
 */
export function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
