/**
 * Reads built files for the output checks: the links and ids of an HTML file, what in it a
 * strict Content-Security-Policy would block, what no output may ever carry, and the url()s
 * of a stylesheet.
 *
 * "Refused" is a defence in depth after rendering: the content checks should stop these in the
 * entry that wrote them, and the page CSP would block most of them in a browser, but a host
 * without headers, an email client or a feed reader has no CSP, so the built file itself must
 * be clean. Attribute values are judged as a browser reads them (src/lib/checks/url-safety.ts).
 */
import { parse } from 'parse5';
import type { LinkSource } from '../lib/checks/link-check.ts';
import { normaliseUrl, offSiteOrigin, refusedScheme } from '../lib/checks/url-safety.ts';
import { jsonLinks } from './scan-text.ts';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string; prefix?: string }[]; childNodes?: Node[]; content?: Node; value?: string };

/** Which rules an HTML file is held to: a web page, or an email body (inline styles allowed, nothing active at all). */
export type HtmlKind = 'page' | 'email';

export interface ScanOptions {
  kind?: HtmlKind;
  /** The site's own origin (`https://learning.example`): absolute links to it are on-site. */
  origin?: string;
}

/** Attributes that hold a link, by element: what the broken-link check follows. */
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], form: ['action'], img: ['src'], script: ['src'], iframe: ['src'],
  source: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], embed: ['src'], object: ['data'],
};

/**
 * Attributes whose value a browser treats as an address, and how: `link` is followed when
 * someone clicks (web, mail and phone links allowed), `load` is fetched by the browser itself
 * (web addresses only). `href` on anything but a link (`<link>`, SVG `<use>`, `<image>`) loads.
 */
const URL_ATTRIBUTES: Record<string, 'link' | 'load'> = {
  href: 'link', src: 'load', action: 'load', formaction: 'load', poster: 'load', data: 'load', background: 'load',
  cite: 'link', longdesc: 'link', manifest: 'load', codebase: 'load', lowsrc: 'load', dynsrc: 'load', icon: 'load',
};

/** Elements that embed another document or a plugin, or change where every link goes: never in any output. */
const NEVER: Record<string, string> = {
  iframe: 'an <iframe> (a frame loads another page inside this one)',
  frame: 'a <frame>',
  frameset: 'a <frameset>',
  object: 'an <object> (plugins are not allowed)',
  embed: 'an <embed> (plugins are not allowed)',
  applet: 'an <applet>',
  portal: 'a <portal>',
  base: 'a <base> element (it changes where every relative link goes)',
};

/** Controls that send what a reader types; an email has no business asking. */
const EMAIL_FORM_PARTS = new Set(['form', 'input', 'button', 'select', 'textarea']);

/** SVG elements that can rewrite another element's attribute, e.g. turn an href into javascript:. */
const SVG_ANIMATION = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);

/** Folders that hold the build's own scripts; a page may load a script from nowhere else. */
export const SCRIPT_FOLDERS: readonly string[] = ['_astro/', 'scripts/', 'admin/', 'pagefind/'];

// Script types a browser runs; anything else (JSON-LD, JSON) is data that CSP does not block.
const EXECUTABLE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

// CSS that fetches something (an image, another stylesheet) or runs something (old IE).
const CSS_LOADS = /url\s*\(|@import|expression\s*\(|behavior\s*:|-moz-binding/i;

export interface ScannedPage extends LinkSource {
  /** Things in the page a strict CSP blocks, described for the person who must fix them. */
  blocked: string[];
  /** Things no output may carry, whatever the policy: active content, off-site requests, unsafe links. */
  refused: string[];
  /** The `src` of every external script, as written: checkOutput checks each is the build's own. */
  scripts: string[];
  /** The Content-Security-Policy of its `<meta http-equiv>`, the only one a host without headers applies. */
  policy?: string;
  /** Its `<meta name="referrer">`, the only referrer policy a host without headers applies. */
  referrer?: string;
}

/** How a page's scan is kept between builds: by its kind and hash, since the rules differ by kind. */
export const scanKey = (kind: HtmlKind, hash: string): string => `${kind} ${hash}`;

// SVG attributes keep their case (attributeName); HTML ones are lower case already.
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name.toLowerCase() === name)?.value;
const textOf = (node: Node): string => (node.childNodes ?? []).map((c) => c.value ?? '').join('');
const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Scans one HTML file.
 * @example scanHtml('<a href="/x/" id="y">x</a>') // { links: ['/x/'], ids: ['y'], blocked: [], refused: [], scripts: [] }
 */
export function scanHtml(html: string, options: ScanOptions = {}): ScannedPage {
  const page: ScannedPage = { links: [], ids: [], blocked: [], refused: [], scripts: [] };
  const walk = (node: Node) => {
    const tag = node.tagName;
    if (tag) visit(node, tag, page, options);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content); // <template>
  };
  walk(parse(html) as unknown as Node);
  return page;
}

function visit(node: Node, tag: string, page: ScannedPage, { kind = 'page', origin }: ScanOptions) {
  for (const name of LINK_ATTRIBUTES[tag] ?? []) {
    const value = attr(node, name);
    if (value !== undefined) page.links.push(value);
  }
  const srcset = attr(node, 'srcset');
  const candidates = srcset ? srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean) : [];
  page.links.push(...candidates);
  const id = attr(node, 'id') ?? (tag === 'a' ? attr(node, 'name') : undefined);
  if (id) page.ids.push(id);

  const refuse = (what: string) => page.refused.push(what);
  if (NEVER[tag]) refuse(NEVER[tag]);
  if (kind === 'email' && EMAIL_FORM_PARTS.has(tag)) refuse(`a <${tag}> (an email cannot hold a form)`);
  if (tag === 'meta') {
    const equiv = (attr(node, 'http-equiv') ?? '').toLowerCase();
    if (equiv === 'refresh') refuse('a <meta http-equiv="refresh"> (it sends the reader elsewhere)');
    if (equiv === 'content-security-policy') page.policy = attr(node, 'content');
    if (attr(node, 'name')?.toLowerCase() === 'referrer') page.referrer = attr(node, 'content');
  }
  if (SVG_ANIMATION.has(tag) && /href$/i.test(attr(node, 'attributename') ?? '')) refuse(`an SVG <${tag}> that rewrites a link`);

  const rel = (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/);
  // A canonical or alternate <link> names an address; the browser fetches nothing from it.
  const namesOnly = tag === 'link' && rel.some((r) => r === 'canonical' || r === 'alternate');
  for (const { name, value } of node.attrs ?? []) {
    if (/^on/i.test(name)) refuse(`an event handler ${name}=${shown(value)} on <${tag}>`);
    if (name === 'srcdoc') refuse(`a srcdoc attribute on <${tag}> (it holds a whole page)`);
    if (name === 'ping') refuse(`a ping attribute on <${tag}> (it reports every click to another address)`);
    if (name === 'style') {
      if (kind === 'page') page.blocked.push(`a style="${value.slice(0, 40)}" attribute on <${tag}>`);
      else if (CSS_LOADS.test(value)) refuse(`a style attribute that loads something (${shown(value)}) on <${tag}>`);
    }
    const use = name === 'href' && tag !== 'a' && tag !== 'area' ? 'load' : URL_ATTRIBUTES[name];
    if (!use) continue;
    checkAddress(tag, name, value, namesOnly ? 'link' : use, origin, refuse);
  }
  for (const candidate of candidates) checkAddress(tag, 'srcset', candidate, 'load', origin, refuse);

  if (tag === 'script') {
    const src = attr(node, 'src');
    const executable = EXECUTABLE.test(attr(node, 'type') ?? '');
    if (kind === 'email') refuse('a <script> (an email runs no script)');
    else if (src !== undefined) page.scripts.push(src);
    else if (executable && textOf(node).trim()) page.blocked.push(`an inline <script> ("${textOf(node).trim().slice(0, 60)}…")`);
    if (src === undefined && /ld\+json$/i.test(attr(node, 'type') ?? '')) {
      const data = jsonLinks(textOf(node), origin);
      page.links.push(...data.links);
      page.refused.push(...data.refused.map((r) => `in its JSON-LD, ${r}`));
    }
  }
  if (tag === 'style') {
    if (kind === 'page') page.blocked.push('an inline <style> element');
    else if (CSS_LOADS.test(textOf(node))) refuse('a <style> element that loads something (url() or @import)');
  }
}

/** Refuses an address with a scheme the use does not allow, or a request to another site. */
function checkAddress(tag: string, name: string, value: string, use: 'link' | 'load', origin: string | undefined, refuse: (what: string) => void) {
  const scheme = refusedScheme(value, use);
  if (scheme) return refuse(`a ${scheme} address in ${name}=${shown(value)} on <${tag}>`);
  if (use !== 'load') return;
  const elsewhere = offSiteOrigin(value, origin);
  if (!elsewhere) return;
  if (tag === 'img' || tag === 'picture' || tag === 'image' || name === 'poster' || name === 'background' || (tag === 'input' && name === 'src')) {
    refuse(`an image from another site (${elsewhere}) on <${tag}>: it tells that site who opened the page`);
  } else if (name === 'action' || name === 'formaction') {
    refuse(`a form that sends what is typed to another site (${elsewhere})`);
  } else if (tag === 'script') {
    refuse(`a script from another site (${elsewhere})`);
  } else {
    refuse(`<${tag} ${name}> loads from another site (${elsewhere})`);
  }
}

/**
 * Whether a script address (already resolved to a path inside the site, without the base) is
 * one of the build's own.
 * @example isOwnScript('_astro/search.js') // true
 * @example isOwnScript('reports/evil.js') // false
 */
export const isOwnScript = (sitePath: string): boolean => SCRIPT_FOLDERS.some((folder) => sitePath.startsWith(folder));

/**
 * The url()s a stylesheet loads, except data: URLs.
 * @example cssUrls('a{background:url("/x.png")}') // ['/x.png']
 */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!normaliseUrl(match[2]!).toLowerCase().startsWith('data:')) urls.push(match[2]!);
  }
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) urls.push(match[2]!);
  return urls;
}
