import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../setup/files.ts';
import { LEAK_CHECK_TRACE } from '../setup/leak-fixtures.ts';
import { EXAMPLE_OUT } from '../setup/paths.ts';

const SITE = 'https://learning.northvale-scp.example/';
const files = listFiles(EXAMPLE_OUT);
const read = (file: string) => readFileSync(path.join(EXAMPLE_OUT, file), 'utf8');
/** Slugs of the entry pages of a collection (listing pages such as reviews/2/ left out). */
const entrySlugs = (collection: string) =>
  files
    .filter((f) => new RegExp(`^${collection}/[a-z0-9-]+/index\\.html$`).test(f))
    .map((f) => f.split('/')[1]!)
    .filter((slug) => !/^\d+$/.test(slug))
    .sort();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'url'].includes(name) });

describe('Atom feeds', () => {
  const feeds = files.filter((f) => f.endsWith('feed.xml'));

  test('there is a feed of everything and one per collection', () => {
    expect(feeds).toEqual(['briefings/feed.xml', 'courses/feed.xml', 'feed.xml', 'newsletters/feed.xml', 'reviews/feed.xml']);
  });

  test.each(feeds)('%s is an Atom feed a feed reader can read, newest first', (file) => {
    const feed = parseFeed(read(file));
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBeTruthy();
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.url).toMatch(new RegExp(`^${SITE}`));
      expect(item.title).toBeTruthy();
      expect(item.updated).toBeInstanceOf(Date);
    }
    const updated = feed.items.map((i) => i.updated!.getTime());
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
  });

  test.each(feeds)('%s has every element RFC 4287 requires, with absolute addresses', (file) => {
    const { feed } = xml.parse(read(file));
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const node of [feed, ...feed.entry]) {
      expect(node.id).toMatch(new RegExp(`^${SITE}`));
      expect(node.title).toBeTruthy();
      expect(node.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const alternate = node.link.find((l: Record<string, string>) => l['@rel'] === 'alternate');
      expect(alternate['@href']).toMatch(new RegExp(`^${SITE}`));
    }
    expect(feed.author.name).toBe('Northvale Safeguarding Children Partnership');
    expect(feed.updated).toBe(feed.entry[0].updated);
  });

  test('every entry page of the site is in the feed of everything, and no unpublished entry is', () => {
    const urls = parseFeed(read('feed.xml')).items.map((i) => i.url);
    for (const collection of ['reviews', 'briefings', 'courses', 'newsletters']) {
      for (const slug of entrySlugs(collection)) expect(urls).toContain(`${SITE}${collection}/${slug}/`);
    }
    expect(urls.filter((u) => LEAK_CHECK_TRACE.test(u!))).toEqual([]);
  });

  test('every page links the feed of everything, and a collection’s pages its own feed too', () => {
    expect(read('index.html')).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feed\.xml"/);
    expect(read('reviews/child-a-2019/index.html')).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/reviews\/feed\.xml"/);
  });
});

describe('briefing and review cards', () => {
  const cards = files.filter((f) => f.startsWith('cards/'));
  /** Width and height from the PNG's IHDR chunk. */
  const size = (file: string) => {
    const png = readFileSync(path.join(EXAMPLE_OUT, file));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [png.readUInt32BE(16), png.readUInt32BE(20)];
  };

  test('every public briefing and review has a card, and nothing else does', () => {
    const expected = ['briefings', 'reviews'].flatMap((c) => entrySlugs(c).map((slug) => `cards/${c}/${slug}.png`)).sort();
    expect(cards).toEqual(expected);
    expect(cards.filter((c) => LEAK_CHECK_TRACE.test(c))).toEqual([]);
  });

  test.each(files.filter((f) => f.startsWith('cards/')))('%s is 1200×630', (file) => {
    expect(size(file)).toEqual([1200, 630]);
  });

  test('a briefing page offers its card as its link preview, with size and alternative text', () => {
    const html = read('briefings/neglect-seven-minute-briefing/index.html');
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:image')).toBe(`${SITE}cards/briefings/neglect-seven-minute-briefing.png`);
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toMatch(/^7-minute briefing: .+\. Northvale Safeguarding Children Partnership\.$/);
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});

describe('newsletters', () => {
  const issues = files.filter((f) => /^newsletters\/[^/]+\/email\.html$/.test(f)).map((f) => f.split('/')[1]!);

  test('every published issue has a web page, an email version and a text version', () => {
    expect(issues.sort()).toEqual(['autumn-2026', 'spring-2026', 'summer-2026']);
    for (const slug of issues) for (const file of ['index.html', 'email.html', 'email.txt']) expect(existsSync(path.join(EXAMPLE_OUT, 'newsletters', slug, file)), `${slug}/${file}`).toBe(true);
  });

  test.each(issues)('the %s email has no script, no stylesheet to fetch and only media queries left in <style>', (slug) => {
    const html = read(`newsletters/${slug}/email.html`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) expect(css!.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
    expect(html).toMatch(/<table role="presentation"[^>]*width="600"/);
    expect(html).toMatch(/<h1 style="[^"]+">/);
  });

  test.each(issues)('every link in the %s email is absolute (http, https or mailto)', (slug) => {
    const html = read(`newsletters/${slug}/email.html`);
    const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(3);
    // Except the mailing tool's unsubscribe tag from partnership.yaml, which the tool fills in.
    expect(links.filter((l) => !/^(https?:\/\/|mailto:)/.test(l))).toEqual(['*|UNSUB|*']);
  });

  test('the email and text versions end with why the reader received them, how to unsubscribe and how to subscribe', () => {
    const html = read('newsletters/autumn-2026/email.html');
    const footer = html.slice(html.indexOf('class="footer"'));
    expect(footer).toContain('You are receiving this because you work with children in Northvale and asked for the NSCP learning newsletter.');
    expect(footer).toMatch(/<a href="\*\|UNSUB\|\*"[^>]*>Unsubscribe<\/a>/);
    expect(footer).toMatch(/<a href="https:\/\/lists\.northvale-scp\.example\/learning"[^>]*>Subscribe to the newsletter<\/a>/);
    expect(read('newsletters/autumn-2026/email.txt')).toMatch(/Unsubscribe: \*\|UNSUB\|\*\nSubscribe: https:\/\/lists\.northvale-scp\.example\/learning\n/);
  });

  test('the home page and the newsletter pages link to the sign-up page', () => {
    for (const page of ['index.html', 'newsletters/index.html', 'newsletters/autumn-2026/index.html']) {
      expect(read(page), page).toContain('<a href="https://lists.northvale-scp.example/learning">Get the learning newsletter by email</a>');
    }
  });

  test('the autumn issue lists its sessions with their times', () => {
    expect(read('newsletters/autumn-2026/email.txt')).toMatch(/\d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d to \d\d:\d\d: /);
  });

  test('the autumn issue gathers its featured entries first, then sessions after its period', () => {
    const text = read('newsletters/autumn-2026/email.txt');
    const order = ['IN THIS ISSUE', 'Local child safeguarding practice review for Child K', 'Seven-minute briefing: Child K and coercive control', 'COURSE SESSIONS COMING UP'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain(`${SITE}reviews/child-k-2026/`);
    expect(read('newsletters/autumn-2026/index.html')).toContain('Seven-minute briefing: Child K and coercive control');
  });

  test('the text version writes every link out and keeps lines short', () => {
    const text = read('newsletters/spring-2026/email.txt');
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).toContain(`${SITE}newsletters/spring-2026/`);
    const long = text.split('\n').filter((line) => line.length > 72 && !/^https?:\/\//.test(line));
    expect(long).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const { urlset } = xml.parse(read('sitemap.xml'));
  const urls: string[] = urlset.url.map((u: { loc: string }) => u.loc);

  test('every address in the sitemap is a page that was built', () => {
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls) {
      expect(url.startsWith(SITE), url).toBe(true);
      expect(existsSync(path.join(EXAMPLE_OUT, url.slice(SITE.length), 'index.html')), url).toBe(true);
    }
  });

  test('the sitemap lists public pages only: no unpublished entry, no 404, no admin or preview area', () => {
    expect(urls.filter((u) => LEAK_CHECK_TRACE.test(u) || /\/(404|admin|preview)\//.test(u))).toEqual([]);
    expect(urls).toContain(`${SITE}reviews/child-k-2026/`);
  });

  test('robots.txt points at the sitemap by its full address', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^Sitemap: ${SITE}sitemap\\.xml$`, 'm'));
  });
});

describe('open data', () => {
  const NAMES = ['reviews', 'briefings', 'courses', 'recommendations'];
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);

  test.each(NAMES)('data/%s.json is valid against the JSON Schema published beside it', (name) => {
    const data = JSON.parse(read(`data/${name}.json`));
    const schema = JSON.parse(read(`data/${name}.schema.json`));
    expect(data.$schema).toBe(`${SITE}data/${name}.schema.json`);
    expect(schema.$id).toBe(data.$schema);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(data.count).toBe(data.items.length);
    expect(data.items.length).toBeGreaterThan(0);
  });

  test.each(NAMES)('data/%s.json holds published metadata only: no body, no unpublished entry', (name) => {
    const text = read(`data/${name}.json`);
    expect(text).not.toMatch(LEAK_CHECK_TRACE);
    for (const item of JSON.parse(text).items) expect(Object.keys(item)).not.toContain('body');
  });

  test('each review’s themes carry the national vocabularies they map to', () => {
    const review = JSON.parse(read('data/reviews.json')).items.find((r: { themes: unknown[] }) => r.themes.length > 0);
    expect(review.themes[0]).toEqual({ id: expect.any(String), name: expect.any(String), panel: expect.any(Array), nspcc: expect.any(Array) });
  });

  test('reviews and briefings in the data are exactly the ones with pages', () => {
    for (const name of ['reviews', 'briefings']) {
      const ids = JSON.parse(read(`data/${name}.json`)).items.map((i: { id: string }) => i.id).sort();
      expect(ids).toEqual(entrySlugs(name));
    }
  });
});
