/**
 * Checks the built site before it replaces dist/: every internal link and #fragment resolves,
 * every page is valid HTML, and nothing in a page needs more than the strict
 * Content-Security-Policy allows. Also writes `_headers` (Netlify, Cloudflare Pages) from the
 * same policy the pages carry. Runs on the staging folder, so a failure leaves dist/ as it was.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { version as htmlValidateVersion } from 'html-validate';
import { createHtmlCheckPool } from './html-check-pool.ts';
import { recordPhase } from './build-timings.ts';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { cmsBackendOf } from '../lib/cms-backend.ts';
import { PATH_RULES, renderHeadersFile, withCmsHost } from '../lib/csp.ts';
import { BuildStepError } from '../lib/errors.ts';
import { addressOf, describeBrokenLink, findBrokenLinks, type LinkSource } from '../lib/link-check.ts';
import { cssUrls } from './_scan-output.ts';

export interface CheckOutputOptions {
  /** Site paths (no base) that may be linked before their page exists, e.g. a page another feature adds. */
  pending?: string[];
  /** A folder to remember pages that passed html-validate, so an unchanged page is not validated again. */
  cacheDir?: string;
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

/**
 * Pages a template may link to before the feature that builds them has landed (e.g. 'search/'
 * while the search page was being built). Remove an entry once its page exists.
 */
export const PENDING_PAGES: string[] = [];

/**
 * HTML files in the output that are not web pages, so the page rules (strict CSP, html-validate)
 * do not apply; their links are still checked.
 */
export const NOT_PAGES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /(^|\/)email\.html$/,
    reason: 'A newsletter\'s email version is pasted into an email, where styles must be inline; opened on the site it shows unstyled.',
  },
];

/** Whether an output file is a web page the page rules apply to. */
export const isPage = (file: string) => file.endsWith('.html') && !NOT_PAGES.some((n) => n.pattern.test(file));

/** Reports at most this many problems of each kind; the rest are counted. */
const SHOWN = 20;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

const section = (heading: string, lines: string[]) =>
  lines.length ? [`${heading} (${lines.length}):`, ...lines.slice(0, SHOWN).map((l) => `  ${l}`), ...(lines.length > SHOWN ? [`  …and ${lines.length - SHOWN} more`] : [])] : [];

/**
 * Checks the output folder; returns the report lines (empty when all is well) and writes `_headers`.
 * @example const problems = await checkOutput('/tmp/site', '/');
 */
export async function checkOutput(dir: string, base: string, options: CheckOutputOptions = {}): Promise<string[]> {
  const files = await listFiles(dir);
  const sources = new Map<string, LinkSource>();
  const blocked: string[] = [];
  const invalid: string[] = [];
  const cacheFile = options.cacheDir && path.join(options.cacheDir, 'cascade-valid-html.json');
  const cacheKey = `${htmlValidateVersion} ${JSON.stringify(htmlValidateConfig)}`;
  const pool = createHtmlCheckPool(await readValidCache(cacheFile, cacheKey));
  const valid = new Set<string>();
  try {
    for (const file of files.filter((f) => f.endsWith('.css'))) sources.set(file, { links: cssUrls(await readFile(path.join(dir, file), 'utf8')), ids: [] });
    // Workers read, scan and validate the pages; this thread only gathers what they find.
    await Promise.all(
      files.filter((f) => f.endsWith('.html')).map(async (file) => {
        const page = isPage(file);
        const { hash, page: scanned, messages } = await pool.check(path.join(dir, file), file, page);
        sources.set(file, scanned);
        if (!page) return;
        const address = addressOf(file, base);
        for (const what of scanned.blocked) blocked.push(`page ${address} has ${what}`);
        if (messages.length === 0) valid.add(hash);
        for (const m of messages) invalid.push(`page ${address}, line ${m.line}: ${m.message} (${m.ruleId}${m.selector ? ` at ${m.selector}` : ''})`);
      }),
    );
  } finally {
    await pool.close();
  }
  blocked.sort();
  invalid.sort();
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify({ key: cacheKey, pages: [...valid] }));
  }
  const known = new Set([...files, ...(options.pending ?? PENDING_PAGES).flatMap((p) => [p, `${p.replace(/\/?$/, '/')}index.html`])]);
  const broken = findBrokenLinks(sources, known, base).map(describeBrokenLink).sort();

  const folders = [...new Set(files.filter((f) => f.endsWith('.html') && f.includes('/')).map((f) => f.split('/')[0]!))];
  await writeFile(path.join(dir, '_headers'), renderHeadersFile(base, folders, withCmsHost(PATH_RULES, cmsBackendOf(process.env))));

  return [
    ...section('Broken links', broken),
    ...section('Blocked by the Content-Security-Policy', blocked),
    ...section('Invalid HTML', invalid),
  ];
}

const HINT = [
  'A broken link in an entry\'s text: correct it in that entry\'s file under content/ (page /reviews/x/ is content/reviews/x.mdx).',
  'A link to a draft or embargoed entry is left out automatically; a link typed by hand is not, so remove it until the entry goes live.',
  'A link in a template must go through href() or entryHref() from src/site/ so it carries the base path.',
  'Inline scripts, event handlers and style attributes: move them into a processed <script> or a stylesheet (see src/lib/csp.ts).',
  'Invalid HTML: fix the template or the entry; the rules are in .htmlvalidate.mjs.',
].join('\n');

/** The Astro integration: runs the checks when the build is done. Put it last, after anything that writes files. */
export function checkOutputIntegration(options: CheckOutputOptions = {}): AstroIntegration {
  let base = '/';
  let cacheDir: string | undefined;
  return {
    name: 'cascade:check-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const problems = await checkOutput(fileURLToPath(dir), base, { cacheDir, ...options });
        recordPhase('checks', performance.now() - started);
        if (problems.length) throw new BuildStepError('The built site has problems', problems.join('\n'), { hint: HINT });
        logger.info(`Links, HTML and the security policy checked in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}
