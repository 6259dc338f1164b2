// Finding 3 and rule 3: the output holds a document only while a public review links to it.
// Draft and withdrawn reports were served when the link carried ?… or #…, and every file in
// public/ was copied, linked or not, then some were deleted.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileSite, review } from './_site.ts';
import type { BuildRun } from '../setup/run-build.ts';

const site = hostileSite('unpublished');
afterAll(() => site.remove());
// Each a real PDF (the review page counts its pages), copied from an example report.
const pdf = (name: string) => copyFileSync(path.join(site.publicDir, 'reports/child-b-2022.pdf'), path.join(site.publicDir, 'reports', name));
const published = (name: string) => existsSync(path.join(site.out, 'reports', name));
const doc = (href: string) => `documents:\n  - label: Full report\n    href: "${href}"\n    format: pdf`;
let build: BuildRun;

beforeAll(() => {
  for (const name of ['draft.pdf', 'withdrawn.pdf', 'embargoed.pdf', 'retired.pdf', 'stray.pdf', 'public.pdf']) pdf(name);
  site.write('reviews/hostile-draft.mdx', review(`draft: true\nreport: published\n${doc('/reports/draft.pdf#page=2')}`));
  site.write('reviews/hostile-withdrawn.mdx', review(`report: withdrawn\n${doc('/reports/withdrawn.pdf?download=1')}`));
  site.write('reviews/hostile-embargoed.mdx', review(`report: published\n${doc('/reports/./embargoed.pdf#x')}`).replace('published: 2025-01-01', 'published: 2030-01-01'));
  site.write('reviews/hostile-retired.mdx', review(`report: published\nretainUntil: 2026-01-31\n${doc('/reports/retired%2Epdf')}`));
  site.write('reviews/hostile-public.mdx', review(`report: published\n${doc('/reports/public.pdf#page=1')}`));
  // Pictures in bodies: one a public page shows, one only a draft page shows.
  mkdirSync(path.join(site.publicDir, 'images'));
  for (const name of ['shown.png', 'draft.png']) writeFileSync(path.join(site.publicDir, 'images', name), 'PNG');
  site.write('pages/hostile-shown.mdx', '---\ntitle: A page with a picture\n---\n\n![A map of the area](/images/shown.png)\n');
  site.write('pages/hostile-draft.mdx', '---\ntitle: A draft page with a picture\ndraft: true\n---\n\n![A map of the area](/images/draft.png)\n');
  build = site.build();
});

describe('report files in public/', () => {
  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test.each([
    ['a draft’s report linked with #page=2', 'draft.pdf'],
    ['a withdrawn report linked with ?download=1', 'withdrawn.pdf'],
    ['an embargoed review’s report linked as /reports/./embargoed.pdf#x', 'embargoed.pdf'],
    ['a report past its retainUntil linked with an escape', 'retired.pdf'],
    ['a file no review links', 'stray.pdf'],
  ])('%s is not in the output', (_, name) => {
    expect(published(name)).toBe(false);
  });

  test('a picture only a draft shows is not in the output; one a public page shows is', () => {
    expect(existsSync(path.join(site.out, 'images/draft.png'))).toBe(false);
    expect(readFileSync(path.join(site.out, 'images/shown.png'), 'utf8')).toBe('PNG');
  });

  test('a public review’s report linked with a fragment is in the output, byte for byte, and its page links to it', () => {
    expect(readFileSync(path.join(site.out, 'reports/public.pdf'))).toEqual(readFileSync(path.join(site.publicDir, 'reports/public.pdf')));
    expect(readFileSync(path.join(site.out, 'reviews/hostile-public/index.html'), 'utf8')).toContain('href="/reports/public.pdf#page=1"');
  });

  test('the withdrawn and retired reviews’ pages stay, without their report', () => {
    for (const slug of ['hostile-withdrawn', 'hostile-retired']) {
      const html = readFileSync(path.join(site.out, 'reviews', slug, 'index.html'), 'utf8');
      expect(html).toContain('Report withdrawn');
      expect(html).not.toContain('/reports/');
    }
  });
});
