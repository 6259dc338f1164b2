/**
 * One way to write an entry's file: frontmatter keys in the form's order, YAML without line
 * folding (lineWidth 0, as the scaffold writes), then the body. The web editor saves with it
 * (src/client/admin.ts registers it as a Decap format), so changing one field changes the
 * lines of that field only, not the whole file as Decap's own YAML writer (folded at 80
 * characters) did. Lists of ids and short phrases are written on one line, `[neglect, neglect-and-poverty]`, as
 * the example content and hand-written files have them; strings that need quotes get single ones.
 */
import { Document, isScalar, parse, visit } from 'yaml';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A list item that sits in a one-line list: an id, or a short phrase that is not a sentence. */
const isListWord = (text: string): boolean => ID.test(text) || (text.length <= 40 && /^[\w’' -]+$/u.test(text));
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/**
 * The entry's fields and its body (as `body`), the shape the web editor works with.
 * @example entryDataOf('---\ntitle: A\n---\nText\n') // { title: 'A', body: 'Text\n' }
 */
export function entryDataOf(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { body: text };
  const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { ...data, body: text.replace(/^\uFEFF/, '').slice(match[0].length) };
}

/**
 * The file for an entry: keys in `order` first (the form's field order), any others after
 * them as they came, then the body.
 * @example entryTextOf({ body: 'Text\n', title: 'A' }, ['title']) // '---\ntitle: A\n---\nText\n'
 */
export function entryTextOf(data: Readonly<Record<string, unknown>>, order: readonly string[] = []): string {
  const { body = '', ...fields } = data;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
  const doc = new Document(Object.fromEntries(keys.map((k) => [k, fields[k]])));
  visit(doc, {
    // A clock time ("09:30") stays in double quotes as the content writes it: unquoted, an
    // older YAML reader takes it for a number of minutes.
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && /^\d{1,2}:\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE';
    },
    Seq(_, seq) {
      if (seq.items.length && seq.items.every((item) => isScalar(item) && typeof item.value === 'string' && isListWord(item.value))) seq.flow = true;
    },
  });
  const frontmatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
  const text = String(body);
  return `---\n${frontmatter}---\n${text && !text.startsWith('\n') ? '\n' : ''}${text}`;
}
