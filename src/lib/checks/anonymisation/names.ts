/**
 * Personal names by heuristic: a capitalised given name, a title and surname ("Mrs Patel"),
 * or two or more capitalised words mid-sentence ("Jordan Blake") that are not a known term.
 */
import { GIVEN_NAMES, ORDINARY_WORD_NAMES } from './given-names.ts';
import type { Match } from './patterns.ts';

const TOKEN = /[A-Za-z][A-Za-z'’-]*/g;
const CAPITALISED = /^[A-Z][a-z]+(?:['’-][A-Za-z]+)*$/;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
const SENTENCE_BREAK = /(?:^|[.!?:;|#*>([“"‘—–]|^\s*[-+]|\d+\.)\s*$/;

interface Token {
  word: string;
  key: string;
  index: number;
  start: boolean;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.index! - 40), m.index);
    const word = m[0].replace(/['’]s?$/, '');
    return { word, key: word.toLowerCase(), index: m.index!, start: SENTENCE_BREAK.test(before) };
  });
}

/** Capitalised tokens that follow each other with only a space between them. */
function runs(text: string, list: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const token of list) {
    const prev = current.at(-1);
    const joined = prev && /^ $/.test(text.slice(prev.index + prev.word.length, token.index).replace(/^['’]s?/, ''));
    if (!CAPITALISED.test(token.word) && !(HONORIFICS.has(token.key) && /^[A-Z]/.test(token.word))) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (!joined && current.length) {
      out.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Likely personal names in a text whose known terms (agencies, places, pseudonyms…) are
 * already masked; `known` holds lower-case words that are never names here.
 * @example findNames('The visit by Jessica Okafor was brief.', new Set()) // [{ kind: 'name', phrase: 'Jessica Okafor', … }]
 */
export function findNames(text: string, known: { has(word: string): boolean }): Match[] {
  const found: Match[] = [];
  for (const run of runs(text, tokens(text))) {
    const isKnown = (t: Token) => known.has(t.key) && !HONORIFICS.has(t.key);
    // Split the run at known words: "Northvale Police Jessica" leaves "Jessica".
    const parts: Token[][] = [[]];
    for (const t of run) {
      if (isKnown(t)) parts.push([]);
      else parts.at(-1)!.push(t);
    }
    for (let part of parts) {
      // A sentence's first word is capitalised by grammar, not because it is a name.
      if (part[0]?.start && (!GIVEN_NAMES.has(part[0].key) || ORDINARY_WORD_NAMES.has(part[0].key))) part = part.slice(1);
      if (!part.length) continue;
      const first = part[0]!;
      const last = part.at(-1)!;
      const titled = HONORIFICS.has(first.key) && part.length > 1;
      if (titled || part.length >= 2 || GIVEN_NAMES.has(first.key)) {
        found.push({ kind: 'name', phrase: text.slice(first.index, last.index + last.word.length), index: first.index });
      }
    }
  }
  return found;
}
