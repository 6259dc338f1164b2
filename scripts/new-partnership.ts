/**
 * npm run new-partnership: turns a fork of Cascade into a new partnership's site. Removes the
 * example (Northvale) entries and reports, and writes a minimal partnership that builds.
 *   npm run new-partnership -- --name "Eastshire Safeguarding Children Partnership" --short ESCP \
 *     --area Eastshire --url https://learning.eastshire-scp.org.uk --email scp@eastshire.gov.uk [--phone "…"] [--yes]
 * --content <dir> and --public <dir> change the folders it writes (default content/ and public/).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { agencies, pages, partnershipYaml, SECTORS, THEMES, type PartnershipDetails } from './new-partnership/templates.ts';

const COLLECTIONS = ['reviews', 'briefings', 'courses', 'priorities', 'newsletters', 'pages'];
const USAGE = `Usage: npm run new-partnership -- --name "<full name>" --short <short name> --area <area> --url https://<site address> --email <contact email> [--phone "<phone>"] [--yes]`;

class UsageError extends Error {}

function readDetails(): { details: PartnershipDetails; yes: boolean; content: string; publicDir: string } {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' }, short: { type: 'string' }, area: { type: 'string' }, url: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' },
      yes: { type: 'boolean', default: false }, content: { type: 'string', default: process.env.CASCADE_CONTENT ?? 'content' }, public: { type: 'string', default: 'public' },
    },
  });
  const missing = (['name', 'short', 'area', 'url', 'email'] as const).filter((k) => !values[k]?.trim());
  if (missing.length) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(', ')}.`);
  if (!/^https:\/\/[^/\s]+/.test(values.url!)) throw new UsageError(`--url "${values.url}" is not a full https:// address, e.g. https://learning.eastshire-scp.org.uk`);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email!)) throw new UsageError(`--email "${values.email}" is not an email address, e.g. scp@eastshire.gov.uk`);
  return {
    details: { name: values.name!.trim(), shortName: values.short!.trim(), area: values.area!.trim(), siteUrl: values.url!.replace(/\/+$/, ''), email: values.email!.trim(), phone: values.phone?.trim() },
    yes: values.yes!,
    content: path.resolve(values.content!),
    publicDir: path.resolve(values.public!),
  };
}

async function confirm(content: string, publicDir: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`This deletes every entry in ${content} and the reports in ${path.join(publicDir, 'reports')}, and writes a new partnership. Continue? (yes/no) `);
    return answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

/** Removes the example entries (every .mdx file) but keeps the folders the site expects. */
async function clearEntries(content: string) {
  for (const collection of COLLECTIONS) {
    const dir = path.join(content, collection);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) if (name.endsWith('.mdx') || name.endsWith('.md')) await rm(path.join(dir, name));
    // git keeps no empty folder; a fresh clone of the fork still needs each collection's folder.
    await writeFile(path.join(dir, '.gitkeep'), '');
  }
}

async function main() {
  const { details, yes, content, publicDir } = readDetails();
  if (!yes && !(await confirm(content, publicDir))) {
    console.error('Nothing was changed. Run again and answer yes, or add --yes.');
    process.exit(1);
  }
  await clearEntries(content);
  if (existsSync(path.join(publicDir, 'reports'))) await rm(path.join(publicDir, 'reports'), { recursive: true });
  await mkdir(path.join(publicDir, 'reports'), { recursive: true });
  await writeFile(path.join(publicDir, 'reports', '.gitkeep'), '');
  await writeFile(path.join(content, 'partnership.yaml'), partnershipYaml(details));
  await writeFile(path.join(content, 'themes.yaml'), stringify(THEMES));
  await writeFile(path.join(content, 'agencies.yaml'), stringify(agencies(details)));
  await writeFile(path.join(content, 'sectors.yaml'), stringify(SECTORS));
  for (const [file, text] of Object.entries(pages(details))) await writeFile(path.join(content, 'pages', file), text);
  console.log(`${details.name} is ready in ${content}.
Next:
  1. Check content/partnership.yaml (colours, phone, helplines) and content/agencies.yaml (your partners' exact names).
  2. Add your first review: npm run new -- reviews <name>, or the web editor (see the README).
  3. npm run build, then deploy dist/ (see "Deploying" in the README).`);
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  throw error;
}
