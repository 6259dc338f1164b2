/**
 * The baselines every Cascade figure is divided by, built from the same corpus in the same
 * run: the I/O floor, a bare Astro 7 project, and Hugo (Debian's package) when it can be had.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A script that reads every entry and writes one trivial page each: the floor no build beats. */
export function writeIoFloorScript(file: string): void {
  writeFileSync(
    file,
    `import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const [content, out] = process.argv.slice(2);
for (const collection of ['reviews', 'briefings']) {
  for (const name of readdirSync(path.join(content, collection))) {
    const text = readFileSync(path.join(content, collection, name), 'utf8');
    const title = /title: (.*)/.exec(text)?.[1] ?? name;
    const dir = path.join(out, collection, name.replace(/\\.mdx$/, ''));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>' + title + '</title><p>' + text.length + '</p>');
  }
}
`,
  );
}

/** A bare Astro 7 project: glob loader, one page template, @astrojs/mdx only. */
export function writeBareAstro(dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(path.join(dir, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n`);
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst base = ${JSON.stringify(path.resolve(contentDir))};\nexport const collections = {\n  reviews: defineCollection({ loader: glob({ base: base + '/reviews', pattern: '*.mdx' }) }),\n  briefings: defineCollection({ loader: glob({ base: base + '/briefings', pattern: '*.mdx' }) }),\n};\n`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[collection]/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const all = [...(await getCollection('reviews')), ...(await getCollection('briefings'))];\n  return all.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}

/** Hugo from Debian's package; installs it when missing. Returns the binary or why not. */
export function findHugo(): { bin?: string; notice?: string } {
  if (existsSync('/usr/bin/hugo')) return { bin: '/usr/bin/hugo' };
  const install = spawnSync('sh', ['-c', 'apt-get install -y -qq hugo >/dev/null 2>&1 || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hugo >/dev/null 2>&1)'], { encoding: 'utf8', timeout: 300_000 });
  if (install.status === 0 && existsSync('/usr/bin/hugo')) return { bin: '/usr/bin/hugo' };
  return { notice: 'Hugo baseline skipped: Debian’s hugo package could not be installed here (run as root with apt, or install hugo yourself).' };
}

/** A Hugo site with Markdown twins of the corpus's reviews and briefings. */
export function writeHugoSite(dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(path.join(dir, 'hugo.toml'), `baseURL = 'https://example.org/'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n[markup.goldmark.renderer]\nunsafe = true\n`);
  writeFileSync(path.join(dir, 'layouts/_default/single.html'), '<!doctype html><html lang="en"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n');
  writeFileSync(path.join(dir, 'layouts/_default/list.html'), '<!doctype html><html lang="en"><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul></body></html>\n');
  for (const collection of ['reviews', 'briefings']) {
    mkdirSync(path.join(dir, 'content', collection), { recursive: true });
    for (const name of readdirSync(path.join(contentDir, collection))) {
      writeFileSync(path.join(dir, 'content', collection, name.replace(/\.mdx$/, '.md')), readFileSync(path.join(contentDir, collection, name)));
    }
  }
}
