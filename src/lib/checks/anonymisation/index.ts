/**
 * The anonymisation check: a published review or briefing must not identify a child or a
 * family. It looks for shaped identifiers (dates of birth, full dates in the narrative,
 * postcodes, streets, phones, emails, NHS and NI numbers) and personal names, and turns
 * each into a problem that names the field and line and offers the `allowPhrases` line that
 * accepts it deliberately.
 */
import type { Problem } from '../../errors.ts';
import { findNames } from './names.ts';
import { findShapedIdentifiers, type IdentifierKind, type Match } from './patterns.ts';
import { PSEUDONYM, SAFEGUARDING_WORDS } from './vocabulary.ts';

export { findDates, findShapedIdentifiers, isNhsNumber, type IdentifierKind, type Match } from './patterns.ts';
export { findNames } from './names.ts';

export interface AnonymisationContext {
  /** Agency names, themes, sectors, titles, the partnership's name and area… never names. */
  knownPhrases: readonly string[];
  /** The partnership's own phones, emails and postcodes: published on purpose. */
  publicContacts: readonly string[];
}

export interface ScanOptions extends AnonymisationContext {
  subject?: string;
  allowPhrases: readonly string[];
  /** Dates the entry's frontmatter carries (YYYY-MM-DD): allowed in the narrative. */
  allowedDates: ReadonlySet<string>;
  /** The body of a case narrative, where a full date is flagged. */
  narrative: boolean;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for a list of phrases, longest first, matched as whole words in any case. */
function phrasePattern(phrases: readonly string[]): RegExp | undefined {
  const list = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return list.length ? new RegExp(`(?<![\\w])(?:${list.map(escape).join('|')})(?![\\w])`, 'gi') : undefined;
}

const mask = (text: string, pattern: RegExp | undefined) => (pattern ? text.replace(pattern, blank) : text).replace(PSEUDONYM, blank);

/** Words of the known phrases, except given names, which stay suspicious on their own. */
function knownWords(phrases: readonly string[], base: Iterable<string> = SAFEGUARDING_WORDS): Set<string> {
  const words = new Set(base);
  for (const phrase of phrases) for (const w of phrase.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []) words.add(w.replace(/['’]s?$/, ''));
  return words;
}

interface Compiled {
  pattern: RegExp | undefined;
  words: Set<string>;
}
// The partnership's known phrases are the same for every entry of a build: compile them once
// per list, not once per entry (thousands of entries each rebuilt the same large pattern).
const compiledKnown = new WeakMap<readonly string[], Compiled>();
function compileKnown(phrases: readonly string[]): Compiled {
  let compiled = compiledKnown.get(phrases);
  if (!compiled) compiledKnown.set(phrases, (compiled = { pattern: phrasePattern(phrases), words: knownWords(phrases) }));
  return compiled;
}

/**
 * Prepares the check for one entry (its known terms compiled once) and returns a function
 * that finds every likely identifier in a piece of its text.
 * @example createScanner(options)('Seen at NW1 4RY.', true)[0].kind // 'postcode'
 */
export function createScanner(options: Omit<ScanOptions, 'narrative'>): (text: string, narrative: boolean) => Match[] {
  const accepted = phrasePattern([...options.allowPhrases, ...options.publicContacts]);
  const known = compileKnown(options.knownPhrases);
  const subject = options.subject ? [options.subject] : [];
  const subjectPattern = phrasePattern(subject);
  const subjectWords = knownWords(subject, []);
  const words = { has: (word: string) => known.words.has(word) || subjectWords.has(word) };
  return (text, narrative) => {
    const cleared = mask(text, accepted);
    const shaped = findShapedIdentifiers(cleared).filter((m) => m.kind !== 'full-date' || (narrative && !options.allowedDates.has(m.iso!)));
    const covered = (m: Match) => shaped.some((s) => m.index < s.index + s.phrase.length && s.index < m.index + m.phrase.length);
    const names = findNames(mask(mask(cleared, known.pattern), subjectPattern), words).filter((m) => !covered(m));
    return [...shaped, ...names].sort((a, b) => a.index - b.index);
  };
}

/**
 * Every likely identifier in one piece of text, after known terms, the subject's pseudonym
 * and the entry's allowed phrases are set aside.
 * @example findIdentifiers('Seen at NW1 4RY.', { knownPhrases: [], publicContacts: [], allowPhrases: [], allowedDates: new Set(), narrative: true })[0].kind // 'postcode'
 */
export function findIdentifiers(text: string, options: ScanOptions): Match[] {
  return createScanner(options)(text, options.narrative);
}

const WHAT: Record<IdentifierKind, [string, string]> = {
  'date-of-birth': ['a date of birth', 'Remove it; give an age instead, e.g. "aged nine weeks".'],
  'full-date': ['a full date in the case narrative', 'Give the month and year only, e.g. "June 2021", or record the date in a dated field (timeline, period) where it is expected.'],
  postcode: ['a postcode', 'Remove it; name the area at most.'],
  street: ['a street name', 'Remove it; say "the family home" or name the area at most.'],
  phone: ['a phone number', 'Remove it, or give the partnership’s contact number from partnership.yaml.'],
  email: ['an email address', 'Remove it, or give the partnership’s contact email from partnership.yaml.'],
  'nhs-number': ['an NHS number', 'Remove it.'],
  'ni-number': ['a National Insurance number', 'Remove it.'],
  name: ['a person’s name', 'Use the pseudonym (the `subject`, e.g. "Child Q") or a role, e.g. "the health visitor".'],
};

/** A phrase as YAML flow-list item: quoted when YAML would read it as something else. */
const yamlItem = (phrase: string) => (/^[A-Za-z][A-Za-z '’.-]*$/.test(phrase) && !/\s$/.test(phrase) ? phrase : JSON.stringify(phrase));

/**
 * The problem an editor reads for one finding: where, what, how to fix, how to accept.
 * @example describeFinding('content/reviews/q.mdx', 'body', 3, { kind: 'postcode', phrase: 'NW1 4RY', index: 0 }, [])
 */
export function describeFinding(file: string, field: string, line: number | undefined, match: Match, allowPhrases: readonly string[]): Problem {
  const [what, fix] = WHAT[match.kind];
  const accept = [...allowPhrases, match.phrase].map(yamlItem).join(', ');
  return {
    code: 'anonymisation',
    file,
    field,
    message: `${line ? `line ${line} ` : ''}has "${match.phrase}", which looks like ${what} and could identify a child or family. ${fix} If it is safe to publish (not a person, or public on purpose), accept it by adding this line to the frontmatter: allowPhrases: [${accept}]`,
    severity: 'error',
  };
}
