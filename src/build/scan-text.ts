/**
 * Reads the site's other outputs for the output checks, so they are held to the same link
 * rules as pages: feeds and the sitemap (XML), calendars (.ics), open data (JSON) and text
 * files (the newsletter's email.txt, robots.txt). Each gives the addresses it holds, for the
 * broken-link check, and what it holds that no output may carry (a javascript: link…).
 */
import { refusedScheme } from '../lib/checks/url-safety.ts';

export interface ScannedText {
  /** Addresses as written (absolute on the site, or site-relative), for the broken-link check. */
  links: string[];
  /** What no output may carry, described for the person who must fix it. */
  refused: string[];
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/** JSON keys whose string value is an address. */
const JSON_URL_KEY = /^(\$schema|url|href|card|booking|src|captions|poster|link|image|logo|sameAs|@id|.*Url|.*Href)$/;

// Script schemes as a plain-text reader or an autolinking client might meet them; tabs are
// removed first, since a browser drops them inside a URL. data: only with a media type, so
// "Data: the figures" in a sentence is not mistaken for one.
const SCRIPT_TOKEN = /\b(javascript|vbscript|livescript)\s*:|\bdata:[a-z]+\/[a-z0-9.+-]+[;,]/i;

/** Checks one address: a scheme no output may carry is refused; the rest go to the link check. */
function address(value: string, where: string, out: ScannedText): void {
  const scheme = refusedScheme(value);
  if (scheme) out.refused.push(`a ${scheme} address in ${where} (${shown(value)})`);
  else out.links.push(value.trim());
}

/** Text a reader sees: a script-scheme token in it is refused, its web addresses are checked. */
function plainText(text: string, where: string, out: ScannedText): void {
  const token = SCRIPT_TOKEN.exec(text.replace(/[\t\r]/g, ''));
  if (token) out.refused.push(`a ${token[1] ? token[1].toLowerCase() : 'data'}: address in ${where}`);
  for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/gi)) out.links.push(match[0].replace(/[).,;:!?]+$/, ''));
}

/**
 * The addresses in a JSON document: every string under an address key (url, href, booking…), at any depth.
 * @example jsonLinks('{"url":"javascript:x"}').refused // ['a javascript: address in "url" ("javascript:x")']
 */
export function jsonLinks(text: string, _origin?: string): ScannedText {
  const out: ScannedText = { links: [], refused: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out; // html-validate and the JSON's own tests report broken JSON
  }
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (typeof value === 'string' && JSON_URL_KEY.test(key)) address(value, JSON.stringify(key), out);
  };
  walk(data, '');
  return out;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#' ? String.fromCodePoint(name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : (XML_ENTITIES[name] ?? whole));

/**
 * The addresses in a feed or sitemap: every href attribute, and the `<loc>`, `<uri>`, `<icon>`,
 * `<logo>` and web `<id>` elements.
 * @example xmlLinks('<link href="/a/"/><loc>https://x.org/</loc>').links // ['/a/', 'https://x.org/']
 */
export function xmlLinks(text: string): ScannedText {
  const out: ScannedText = { links: [], refused: [] };
  for (const match of text.matchAll(/\s(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) address(decodeXml(match[1] ?? match[2]!), 'an href', out);
  for (const match of text.matchAll(/<(loc|uri|icon|logo|id)>([^<]*)<\/\1>/g)) {
    const value = decodeXml(match[2]!);
    // An Atom id may be a tag: URI, which names rather than links; only web ids are addresses.
    if (match[1] !== 'id' || /^\s*https?:/i.test(value)) address(value, `<${match[1]}>`, out);
  }
  return out;
}

/**
 * The addresses in a calendar: each event's URL, and the web addresses in its description.
 * @example icsLinks('URL:https://x.org/a/\r\n').links // ['https://x.org/a/']
 */
export function icsLinks(text: string): ScannedText {
  const out: ScannedText = { links: [], refused: [] };
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  for (const line of lines) {
    const match = /^([A-Z-]+)(;[^:]*)?:(.*)$/.exec(line);
    if (!match) continue;
    const [, name, , raw] = match;
    const value = raw!.replace(/\\([\\;,])/g, '$1').replace(/\\n/gi, '\n');
    if (name === 'URL' || name === 'ATTACH' || name === 'ORGANIZER') address(value, `the calendar's ${name}`, out);
    else plainText(value, `the calendar's ${name}`, out);
  }
  return out;
}

/**
 * The web addresses in a text file, e.g. a newsletter's email.txt, which email clients turn
 * into links.
 * @example textLinks('See https://x.org/a/ (and more).').links // ['https://x.org/a/']
 */
export function textLinks(text: string): ScannedText {
  const out: ScannedText = { links: [], refused: [] };
  plainText(text, 'the text', out);
  return out;
}

/** Output files, by extension, that are checked here; HTML and CSS have their own scanners. */
export const TEXT_SCANNERS: Record<string, (text: string) => ScannedText> = {
  '.xml': xmlLinks,
  '.ics': icsLinks,
  '.json': jsonLinks,
  '.txt': textLinks,
};
