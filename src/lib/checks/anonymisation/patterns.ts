/**
 * Detectors for identifiers with a recognisable shape: dates, postcodes, street names, phone numbers,
 * email addresses, NHS numbers and National Insurance numbers. Each returns every match
 * with where it starts, so the caller can name the line and mask what it has accepted.
 */

export type IdentifierKind = 'date-of-birth' | 'full-date' | 'postcode' | 'phone' | 'email' | 'nhs-number' | 'ni-number' | 'street' | 'name';

export interface Match {
  kind: IdentifierKind;
  phrase: string;
  index: number;
  /** For dates: the date as YYYY-MM-DD, so dates the schema carries can be allowed. */
  iso?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const DATE_FORMS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: new RegExp(`\\b(${DAY})(?: of)? (${MONTH})\\.?,? (\\d{4})\\b`, 'gi'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: new RegExp(`\\b(${MONTH})\\.? (${DAY}),? (\\d{4})\\b`, 'gi'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: /\b(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-]((?:19|20)\d{2})\b/g, parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g, parts: (m) => [m[1]!, m[2]!, m[3]!] },
];
const BIRTH_CUE = /\b(?:born(?: on)?|d\.?o\.?b\.?|date of birth|birthday(?: is| was| on)?)[:\s]*$/i;

function toIso([year, month, day]: [string, string, string]): string {
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS.findIndex((name) => name.startsWith(month.slice(0, 3).toLowerCase())) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${String(parseInt(day, 10)).padStart(2, '0')}`;
}

/**
 * Full dates (day, month and year) in any common written form; a date just after "born",
 * "DOB" or "date of birth" is a date of birth.
 * @example findDates('born on 3 March 2020')[0] // { kind: 'date-of-birth', phrase: '3 March 2020', iso: '2020-03-03', … }
 */
export function findDates(text: string): Match[] {
  const found: Match[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form.re)) {
      if (found.some((f) => m.index! < f.index + f.phrase.length && f.index < m.index! + m[0].length)) continue;
      const before = text.slice(Math.max(0, m.index! - 24), m.index);
      found.push({ kind: BIRTH_CUE.test(before) ? 'date-of-birth' : 'full-date', phrase: m[0], index: m.index!, iso: toIso(form.parts(m as RegExpExecArray)) });
    }
  }
  return found;
}

const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g;
// UK numbers: 0 or +44 then 9–10 more digits, grouped with spaces, dashes or brackets.
const PHONE = /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const NHS = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g;
const STREET = /\b(?:\d+[a-z]? )?(?:[A-Z][a-z]+ ){1,3}(?:Street|Road|Lane|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Row)\b/g;
const NI = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

/** The NHS number's own check digit (modulus 11), which tells it from any ten digits. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[9]) && check !== 10;
}

const all = (text: string, re: RegExp, kind: IdentifierKind, keep: (phrase: string) => boolean = () => true): Match[] =>
  [...text.matchAll(re)].filter((m) => keep(m[0])).map((m) => ({ kind, phrase: m[0], index: m.index! }));

/**
 * Every shaped identifier in a text: dates, postcodes, phones, emails, NHS and NI numbers.
 * @example findShapedIdentifiers('Call 07700 900123').map((m) => m.kind) // ['phone']
 */
export function findShapedIdentifiers(text: string): Match[] {
  const nhs = all(text, NHS, 'nhs-number', (p) => isNhsNumber(p.replace(/\D/g, '')));
  const overlaps = (m: Match) => nhs.some((n) => m.index < n.index + n.phrase.length && n.index < m.index + m.phrase.length);
  const phones = all(text, PHONE, 'phone', (p) => /^\d{10,11}$/.test(p.replace(/^\+44\s?\(?0?\)?/, '0').replace(/\D/g, ''))).filter((m) => !overlaps(m));
  return [...findDates(text), ...all(text, POSTCODE, 'postcode'), ...phones, ...all(text, EMAIL, 'email'), ...nhs, ...all(text, NI, 'ni-number'), ...all(text, STREET, 'street')].sort((a, b) => a.index - b.index);
}
