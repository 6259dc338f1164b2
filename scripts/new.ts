/**
 * npm run new: start a new entry with every field of its collection, from the schemas.
 * Usage: npm run new -- <collection> <slug> [--<field> <value> …] [--interactive]
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { readContent } from '../src/content/read-content.ts';
import { entryFields } from '../src/lib/authoring/collection-fields.ts';
import { CliUsageError } from '../src/lib/errors.ts';
import { isCommaList, parseAnswer } from '../src/lib/authoring/field-answers.ts';
import { todayInLondon } from '../src/lib/rules/publication.ts';
import { scaffoldEntry } from '../src/lib/authoring/scaffold.ts';
import type { FieldInfo } from '../src/lib/authoring/schema-fields.ts';
import { suggestClosest } from '../src/lib/authoring/suggest.ts';
import { validateContent } from '../src/lib/checks/validation/index.ts';
import { ENTRY_COLLECTION_NAMES, SLUG_PATTERN, type EntryCollection } from '../src/schemas/index.ts';

const USAGE = `Usage: npm run new -- <collection> <slug> [--<field> <value> …] [--interactive]
  collection  one of: ${ENTRY_COLLECTION_NAMES.join(', ')}
  slug        the file name and web address: lowercase letters, digits and hyphens, e.g. child-q-2024
  --<field>   fill a field, e.g. --title "Child Q" --themes neglect,domestic-abuse
              (repeat --keyMessages once per message; --period.from for a date inside a group)
  -i, --interactive  ask for every required field not given (the default in a terminal)`;

const contentDir = process.env.CASCADE_CONTENT ?? 'content';

/** Reads answers line by line; works the same for a person typing and for piped input. */
function createPrompter() {
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: string): Promise<string> {
      process.stdout.write(question);
      const next = await lines.next();
      if (next.done) throw new CliUsageError('input-ended', 'The answers ended early', `No answer was given to: ${question.trim()}`);
      if (!process.stdin.isTTY) process.stdout.write('\n');
      return next.value;
    },
    close: () => rl.close(),
  };
}
type Prompter = ReturnType<typeof createPrompter>;

function checkCollection(name: string): EntryCollection {
  if ((ENTRY_COLLECTION_NAMES as string[]).includes(name)) return name as EntryCollection;
  const near = suggestClosest(name, ENTRY_COLLECTION_NAMES, 1)[0];
  throw new CliUsageError('unknown-collection', 'Unknown collection', `"${name}" is not a collection. Use one of: ${ENTRY_COLLECTION_NAMES.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`);
}

function checkSlug(collection: string, slug: string): string {
  if (!SLUG_PATTERN.test(slug)) {
    const fixed = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    throw new CliUsageError('invalid-slug', 'The slug cannot be a web address', `"${slug}" has characters a web address cannot use. A slug is lowercase letters, digits and single hyphens${fixed ? `, e.g. ${fixed}` : ''}.`);
  }
  const taken = ['.mdx', '.md'].map((ext) => path.join(contentDir, collection, `${slug}${ext}`)).find((file) => existsSync(file));
  if (taken) throw new CliUsageError('slug-taken', 'That slug is taken', `${taken.split(path.sep).join('/')} already exists. Choose another slug, or edit that file.`);
  return slug;
}

/** Asks until the answer passes the field's schema, repeating the reason each time. */
async function askField(prompter: Prompter, field: FieldInfo, label: string, ids: Record<string, string[]>): Promise<unknown> {
  const today = todayInLondon();
  for (;;) {
    const hint = [field.description, field.values && `One of: ${field.values.join(', ')}.`].filter(Boolean).join(' ');
    let texts: string[];
    if (field.type === 'list' && !isCommaList(field)) {
      process.stdout.write(`${label}: ${hint}\n  One per line; an empty line ends the list.\n`);
      texts = [];
      for (let line = await prompter.ask('  > '); line.trim() !== ''; line = await prompter.ask('  > ')) texts.push(line);
    } else {
      const suffix = field.type === 'date' ? ` [${today}]` : isCommaList(field) ? ' (comma-separated)' : '';
      const answer = await prompter.ask(`${label}: ${hint}${suffix}\n> `);
      texts = [answer.trim() === '' && field.type === 'date' ? today : answer];
    }
    const result = parseAnswer(field, texts, ids);
    if (result.ok) return result.value;
    process.stdout.write(`  ${result.message} Try again.\n`);
  }
}

async function askRequired(prompter: Prompter, fields: FieldInfo[], values: Record<string, unknown>, ids: Record<string, string[]>): Promise<void> {
  for (const field of fields.filter((f) => f.required && values[f.name] === undefined)) {
    if (field.type === 'object' && field.fields) {
      const group: Record<string, unknown> = {};
      for (const sub of field.fields.filter((f) => f.required)) group[sub.name] = await askField(prompter, sub, `${field.name}.${sub.name}`, ids);
      values[field.name] = group;
    } else values[field.name] = await askField(prompter, field, field.name, ids);
  }
}

/** Splits argv into positionals, switches and `--field value` pairs (repeatable, `=` allowed). */
function parseCommandLine(argv: readonly string[]) {
  const positionals: string[] = [];
  const given = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (['-i', '--interactive', '-h', '--help'].includes(arg)) switches.add(arg.replace(/^-+/, '')[0]!);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliUsageError('missing-value', 'A value is missing', `--${name} needs a value after it.`);
      given.set(name!, [...(given.get(name!) ?? []), value]);
    } else positionals.push(arg);
  }
  return { positionals, given, interactive: switches.has('i'), help: switches.has('h') };
}

/** `--title x --period.from y` → values by field, each parsed and checked by its schema. */
function valuesFromFlags(fields: FieldInfo[], given: Map<string, string[]>, ids: Record<string, string[]>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, texts] of given) {
    const [top, sub] = name.split('.');
    const parent = fields.find((f) => f.name === top);
    const field = sub ? parent?.fields?.find((f) => f.name === sub) : parent;
    if (!field) {
      const near = suggestClosest(name, fields.map((f) => f.name), 1)[0];
      throw new CliUsageError('unknown-field', 'Unknown field', `--${name} is not a field of this collection.${near ? ` Did you mean --${near}?` : ''} docs/fields.md lists every field.`);
    }
    const result = parseAnswer(field, texts, ids);
    if (!result.ok) throw new CliUsageError('invalid-value', 'A value is not valid', `--${name}: ${result.message}`);
    if (sub) values[top!] = { ...(values[top!] as object), [sub]: result.value };
    else values[name] = result.value;
  }
  return values;
}

async function main(): Promise<void> {
  const { positionals, given, interactive, help } = parseCommandLine(process.argv.slice(2));
  if (help) return void console.log(USAGE);
  const missingArgs = positionals.length < 2;
  const prompter = interactive || (missingArgs && process.stdin.isTTY) ? createPrompter() : undefined;
  try {
    if (missingArgs && !prompter) throw new CliUsageError('missing-arguments', 'Say what to create', 'Give a collection and a slug, or run it in a terminal to be asked.');
    const collection = checkCollection(positionals[0] ?? (await prompter!.ask(`Collection (${ENTRY_COLLECTION_NAMES.join(', ')}): `)).trim());
    const slug = checkSlug(collection, positionals[1] ?? (await prompter!.ask('Slug (file name and web address, e.g. child-q-2024): ')).trim());
    const { content } = validateContent(await readContent(path.resolve(contentDir)));
    const ids = { themes: content.themes.map((t) => t.id), agencies: content.agencies.map((a) => a.id), sectors: content.sectors.map((s) => s.id) };
    const fields = entryFields(collection);
    const values = valuesFromFlags(fields, given, ids);
    if (prompter) await askRequired(prompter, fields, values, ids);

    const file = path.join(contentDir, collection, `${slug}.mdx`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, scaffoldEntry({ collection, fields, values, ids }), { flag: 'wx' });
    const left = fields.filter((f) => f.required && values[f.name] === undefined).map((f) => f.name);
    const shown = file.split(path.sep).join('/');
    console.log(`Created ${shown} as a draft.`);
    if (left.length) console.log(`Still to fill in (marked REQUIRED in the file): ${left.join(', ')}.`);
    console.log(`Next: write the text under each heading, then run \`npm run check\`. Delete the line \`draft: true\` when it is ready to publish.`);
  } finally {
    prompter?.close();
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof CliUsageError)) throw error;
  console.error(`${error.title}\n${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}\n\n${USAGE}`);
  process.exit(1);
}
