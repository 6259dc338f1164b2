/**
 * Reads built files for the output checks: the links and ids of an HTML page, what in it a
 * strict Content-Security-Policy would block, and the url()s of a stylesheet.
 */
import { parse } from 'parse5';
import type { LinkSource } from '../lib/link-check.ts';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string };

/** Attributes that hold a link, by element. */
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], form: ['action'], img: ['src'], script: ['src'], iframe: ['src'],
  source: ['src'], video: ['src', 'poster'], audio: ['src'], track: ['src'], embed: ['src'], object: ['data'],
};

// Script types a browser runs; anything else (JSON-LD, JSON) is data that CSP does not block.
const EXECUTABLE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i;

export interface ScannedPage extends LinkSource {
  /** Things in the page a strict CSP blocks, described for the person who must fix them. */
  blocked: string[];
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const textOf = (node: Node): string => (node.childNodes ?? []).map((c) => c.value ?? '').join('');

/**
 * Scans one HTML page.
 * @example scanHtml('<a href="/x/" id="y">x</a>') // { links: ['/x/'], ids: ['y'], blocked: [] }
 */
export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { links: [], ids: [], blocked: [] };
  const walk = (node: Node) => {
    const tag = node.tagName;
    if (tag) visit(node, tag, page);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content); // <template>
  };
  walk(parse(html) as unknown as Node);
  return page;
}

function visit(node: Node, tag: string, page: ScannedPage) {
  for (const name of LINK_ATTRIBUTES[tag] ?? []) {
    const value = attr(node, name);
    if (value !== undefined) page.links.push(value);
  }
  const srcset = attr(node, 'srcset');
  if (srcset) page.links.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
  const id = attr(node, 'id') ?? (tag === 'a' ? attr(node, 'name') : undefined);
  if (id) page.ids.push(id);

  if (tag === 'script' && attr(node, 'src') === undefined && EXECUTABLE.test(attr(node, 'type') ?? '') && textOf(node).trim()) {
    page.blocked.push(`an inline <script> ("${textOf(node).trim().slice(0, 60)}…")`);
  }
  for (const { name, value } of node.attrs ?? []) {
    if (/^on[a-z]+$/.test(name)) page.blocked.push(`an inline event handler ${name}="${value.slice(0, 40)}" on <${tag}>`);
    if (name === 'style') page.blocked.push(`a style="${value.slice(0, 40)}" attribute on <${tag}>`);
    if (/^\s*javascript:/i.test(value) && (name === 'href' || name === 'src' || name === 'action')) page.blocked.push(`a javascript: link on <${tag}>`);
  }
  if (tag === 'style') page.blocked.push('an inline <style> element');
}

/**
 * The url()s a stylesheet loads, except data: URLs.
 * @example cssUrls('a{background:url("/x.png")}') // ['/x.png']
 */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    if (!match[2]!.startsWith('data:')) urls.push(match[2]!);
  }
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) urls.push(match[2]!);
  return urls;
}
