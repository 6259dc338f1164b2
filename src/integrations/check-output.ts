/**
 * Checks the built site before it replaces dist/: every internal link and #fragment resolves,
 * in pages and in every other output (newsletter emails, feeds, the sitemap, calendars, open
 * data); every page is valid HTML and carries its security tags; nothing in a page needs more
 * than the strict Content-Security-Policy allows; and nothing in any output is active or
 * reaches another site (see _scan-output.ts). Also writes `_headers` (Netlify, Cloudflare
 * Pages) from the same policy the pages carry. Runs on the staging folder, so a failure
 * leaves dist/ as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { version as htmlValidateVersion } from 'html-validate';
import { createHtmlCheckPool } from '../build/html-check-pool.ts';
import { startPhase, type Phase } from '../build/progress.ts';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { pathRulesFor } from '../lib/authoring/cms-backend.ts';
import { EMAIL_POLICY, REFERRER_POLICY, policyFor, renderHeadersFile, serializePolicy, withNeighbours, type PathRule } from '../lib/formats/csp.ts';
import { neighbourOrigins, readNetwork } from './neighbours.ts';
import { BuildStepError } from '../lib/errors.ts';
import { addressOf, describeBrokenLink, findBrokenLinks, type LinkSource } from '../lib/checks/link-check.ts';
import { cssUrls, isOwnScript, scanKey, type HtmlKind, type ScannedPage } from '../build/scan-output.ts';
import { codeStamp } from '../build/code-stamp.ts';
import { TEXT_SCANNERS } from '../build/scan-text.ts';

export interface CheckOutputOptions {
  /** Site paths (no base) that may be linked before their page exists, e.g. a page another feature adds. */
  pending?: string[];
  /** A folder to remember pages that passed html-validate, so an unchanged page is not validated again. */
  cacheDir?: string;
  /** The site's address (partnership.yaml `siteUrl`): full links to it are checked like relative ones. */
  site?: string;
  /** The content folder, so a problem in an entry's page also names the entry's file. */
  contentDir?: string;
  /** Counts each page checked, for the build's progress report. */
  phase?: Pick<Phase, 'tick' | 'setTotal'>;
}

/** Hashes of pages that passed, valid only for this html-validate version and these rules. */
async function readValidCache(file: string | undefined, key: string): Promise<Set<string>> {
  if (!file) return new Set();
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { key: string; pages: string[] };
    return new Set(saved.key === key ? saved.pages : []);
  } catch {
    return new Set();
  }
}

/** Scans of pages from the last build, when they were made by this scanner for this origin. */
async function readScanCache(file: string | undefined, key: string): Promise<Map<string, ScannedPage>> {
  if (!file) return new Map();
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as { key: string; pages: [string, ScannedPage][] };
    return new Map(saved.key === key ? saved.pages : []);
  } catch {
    return new Map();
  }
}

/**
 * Pages a template may link to before the feature that builds them has landed (e.g. 'search/'
 * while the search page was being built). Remove an entry once its page exists.
 */
export const PENDING_PAGES: string[] = [];

/**
 * HTML files in the output that are not web pages, so the page rules (strict CSP,
 * html-validate) do not apply. They are held to the email rules instead: links checked, their
 * own restrictive policy, inline styles allowed, nothing active and nothing from elsewhere.
 */
export const NOT_PAGES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /(^|\/)email\.html$/,
    reason: 'A newsletter\'s email version is pasted into an email, where styles must be inline; opened on the site it shows unstyled.',
  },
];

/** Whether an output file is a web page the page rules apply to. */
export const isPage = (file: string) => file.endsWith('.html') && !NOT_PAGES.some((n) => n.pattern.test(file));

/** Files the checks leave alone: Pagefind's own index, which holds no links. */
const UNCHECKED = /^pagefind\//;

/** Reports at most this many problems of each kind; the rest are counted. */
const SHOWN = 20;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

const section = (heading: string, lines: string[]) =>
  lines.length ? [`${heading} (${lines.length}):`, ...lines.slice(0, SHOWN).map((l) => `  ${l}`), ...(lines.length > SHOWN ? [`  …and ${lines.length - SHOWN} more`] : [])] : [];

const ENTRY_OUTPUT = /^(reviews|briefings|courses|priorities|newsletters|pages)\/([^/]+)\/(index\.html|email\.(html|txt)|text\/index\.html)$/;

/**
 * How reports name an output file: its address, and the entry file behind it when there is
 * one, so an editor knows which file to open.
 */
function namer(base: string, contentDir: string | undefined) {
  return (file: string): string => {
    const address = `${file.endsWith('.html') && isPage(file) ? 'page' : 'file'} ${addressOf(file, base)}`;
    const match = contentDir ? ENTRY_OUTPUT.exec(file) : null;
    if (!match) return address;
    const source = ['.mdx', '.md'].map((ext) => `${match[1]}/${match[2]}${ext}`).find((f) => existsSync(path.join(contentDir!, f)));
    return source ? `${address} (from ${path.join(path.basename(contentDir!), source)})` : address;
  };
}

/** The policy a built HTML file must carry in its `<meta>` tag. */
const expectedPolicy = (kind: HtmlKind, sitePath: string, rules: readonly PathRule[]) => serializePolicy(kind === 'email' ? EMAIL_POLICY : policyFor(sitePath, [], rules), 'meta');

/**
 * Checks the output folder; returns the report lines (empty when all is well) and writes `_headers`.
 * @example const problems = await checkOutput('/tmp/site', '/', { site: 'https://learning.example/' });
 */
export async function checkOutput(dir: string, base: string, options: CheckOutputOptions = {}): Promise<string[]> {
  const files = await listFiles(dir);
  // The search page may read the neighbour partnerships' indexes (content/network.yaml).
  const rules = withNeighbours(pathRulesFor(process.env), options.contentDir ? neighbourOrigins(await readNetwork(options.contentDir)) : []);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const origin = options.site ? new URL(options.site).origin : undefined;
  const nameOf = namer(prefix, options.contentDir);
  const sources = new Map<string, LinkSource>();
  const blocked: string[] = [];
  const refused: string[] = [];
  const tags: string[] = [];
  const invalid: string[] = [];
  const cacheFile = options.cacheDir && path.join(options.cacheDir, 'cascade-valid-html.json');
  const cacheKey = `${htmlValidateVersion} ${JSON.stringify(htmlValidateConfig)}`;
  const scanFile = options.cacheDir && path.join(options.cacheDir, 'cascade-page-scans.json');
  const scanStamp = `${await codeStamp(['build', 'lib'])} ${origin ?? ''}`;
  const pool = createHtmlCheckPool({ knownValid: await readValidCache(cacheFile, cacheKey), knownScans: await readScanCache(scanFile, scanStamp), origin });
  const valid = new Set<string>();
  const scans = new Map<string, ScannedPage>();
  try {
    for (const file of files.filter((f) => f.endsWith('.css'))) sources.set(file, { links: cssUrls(await readFile(path.join(dir, file), 'utf8')), ids: [] });
    for (const file of files.filter((f) => !UNCHECKED.test(f))) {
      const scan = TEXT_SCANNERS[path.extname(file)];
      if (!scan) continue;
      const found = scan(await readFile(path.join(dir, file), 'utf8'));
      sources.set(file, { links: found.links, ids: [] });
      for (const what of found.refused) refused.push(`${nameOf(file)} has ${what}`);
    }
    // Workers read, scan and validate the pages; this thread only gathers what they find.
    const html = files.filter((f) => f.endsWith('.html'));
    options.phase?.setTotal(html.length);
    await Promise.all(
      html.map(async (file) => {
        const kind: HtmlKind = isPage(file) ? 'page' : 'email';
        const { hash, page: scanned, messages } = await pool.check(path.join(dir, file), file, { kind, validate: kind === 'page' });
        sources.set(file, scanned);
        scans.set(scanKey(kind, hash), scanned);
        options.phase?.tick();
        const name = nameOf(file);
        for (const what of scanned.blocked) blocked.push(`${name} has ${what}`);
        for (const what of scanned.refused) refused.push(`${name} has ${what}`);
        for (const src of scanned.scripts) {
          const url = new URL(src, `http://cascade.invalid${addressOf(file, prefix)}`);
          if (url.origin === 'http://cascade.invalid' && !isOwnScript(decodeURIComponent(url.pathname).slice(prefix.length))) refused.push(`${name} has a script the build did not write (${src})`);
        }
        const policy = expectedPolicy(kind, file, rules);
        if (scanned.policy === undefined) tags.push(`${name} has no Content-Security-Policy <meta> tag (a host that sends no headers, such as GitHub Pages, applies no policy without it)`);
        else if (scanned.policy !== policy) tags.push(`${name} has a Content-Security-Policy <meta> tag that differs from src/lib/formats/csp.ts: "${scanned.policy}" instead of "${policy}"`);
        if (scanned.referrer !== REFERRER_POLICY) tags.push(`${name} has ${scanned.referrer === undefined ? 'no <meta name="referrer">' : `<meta name="referrer" content="${scanned.referrer}">`}; it needs content="${REFERRER_POLICY}" so no other site learns what was read`);
        if (kind !== 'page') return;
        if (messages.length === 0) valid.add(hash);
        for (const m of messages) invalid.push(`${name}, line ${m.line}: ${m.message} (${m.ruleId}${m.selector ? ` at ${m.selector}` : ''})`);
      }),
    );
  } finally {
    await pool.close();
  }
  for (const list of [blocked, refused, tags, invalid]) list.sort();
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify({ key: cacheKey, pages: [...valid] }));
  }
  // Only this build's pages are kept, so the file never outgrows the site.
  if (scanFile) await writeFile(scanFile, JSON.stringify({ key: scanStamp, pages: [...scans] }));
  const known = new Set([...files, ...(options.pending ?? PENDING_PAGES).flatMap((p) => [p, `${p.replace(/\/?$/, '/')}index.html`])]);
  const broken = findBrokenLinks(sources, known, base, origin).map(describeBrokenLink).sort();

  const folders = [...new Set(files.filter((f) => f.endsWith('.html') && f.includes('/')).map((f) => f.split('/')[0]!))];
  await writeFile(path.join(dir, '_headers'), renderHeadersFile(base, folders, rules));

  return [
    ...section('Broken links', broken),
    ...section('Not allowed in any output', refused),
    ...section('Missing or wrong security tags', tags),
    ...section('Blocked by the Content-Security-Policy', blocked),
    ...section('Invalid HTML', invalid),
  ];
}

const HINT = [
  'A broken link in an entry\'s text: correct it in that entry\'s file under content/ (page /reviews/x/ is content/reviews/x.mdx).',
  'A link to a draft or embargoed entry is left out automatically; a link typed by hand is not, so remove it until the entry goes live.',
  'A link in a template must go through href() or entryHref() from src/site/ so it carries the base path.',
  'Inline scripts, event handlers and style attributes: move them into a processed <script> or a stylesheet (see src/lib/formats/csp.ts).',
  'Invalid HTML: fix the template or the entry; the rules are in .htmlvalidate.mjs.',
  'Not allowed in any output: remove it from the entry named (scripts, frames, forms to other sites, images from other sites, and javascript: or data: links are never published); in a template, take it out.',
  'Security tags: every page gets its <meta> tags from src/layouts/ and src/site/csp.ts; an HTML file written another way must add them too.',
].join('\n');

/** The Astro integration: runs the checks when the build is done. Put it last, after anything that writes files. */
export function checkOutputIntegration(options: CheckOutputOptions = {}): AstroIntegration {
  let base = '/';
  let cacheDir: string | undefined;
  let site: string | undefined;
  return {
    name: 'cascade:check-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        site = config.site;
      },
      'astro:build:done': async ({ dir }) => {
        const phase = startPhase('links and HTML checked', { unit: 'pages', timing: 'checks' });
        const problems = await checkOutput(fileURLToPath(dir), base, { cacheDir, site, ...options, phase });
        phase.end({ note: problems.length ? 'problems found' : undefined });
        if (problems.length) throw new BuildStepError('The built site has problems', problems.join('\n'), { hint: HINT });
      },
    },
  };
}
