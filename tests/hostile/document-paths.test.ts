// Finding 2: a document href could name any file the build can write (report retirement
// deleted it) and `npm run check` looked at files outside public/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hostileSite, problem, review } from './_site.ts';

const site = hostileSite('paths');
afterAll(() => site.remove());

describe('a document href that leads out of public/', () => {
  test('in a draft is named by the check and the build, which builds the site without the draft and leaves the file it names untouched', () => {
    // The file the old report retirement deleted: src/pages/index.astro beside the output folder.
    const victim = path.join(site.root, 'src/pages/index.astro');
    mkdirSync(path.dirname(victim), { recursive: true });
    writeFileSync(victim, '---\n---\n<h1>keep me</h1>\n');
    site.write('reviews/hostile-draft.mdx', review('draft: true\nreport: withdrawn\ndocuments:\n  - label: Report\n    href: /../src/pages/index.astro\n    format: pdf'));

    const check = site.check();
    expect(check.status).toBe(0);
    expect(check.report).toMatch(problem('content/reviews/hostile-draft.mdx', 'documents[0].href', 'is "/../src/pages/index.astro": it leads out of public/, where documents live.', { warning: true }));

    const build = site.build();
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(check.report);
    expect(readFileSync(victim, 'utf8')).toContain('keep me');
    expect(existsSync(path.join(site.out, 'reviews/hostile-draft'))).toBe(false);
  });

  test('in a review that is public is a check error naming the file and field, and the build stops with the same words', () => {
    site.write('reviews/hostile-draft.mdx', review('report: withdrawn\ndocuments:\n  - label: Report\n    href: "/reports/../../../somewhere"\n    format: pdf'));
    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(problem('content/reviews/hostile-draft.mdx', 'documents[0].href', 'is "/reports/../../../somewhere": it leads out of public/'));
    const build = site.build();
    expect(build.status).toBe(1);
    expect(build.output).toContain(check.report);
  });

  test('gives the same answer whether or not the file outside exists, so the check tells nothing about it', () => {
    site.write('reviews/hostile-draft.mdx', review('report: published\ndocuments:\n  - label: Report\n    href: /../outside.pdf\n    format: pdf'));
    const absent = site.check();
    writeFileSync(path.join(site.root, 'outside.pdf'), '%PDF-1.7 outside');
    const present = site.check();
    expect(absent.status).toBe(1);
    expect(present.report).toBe(absent.report);
    expect(present.report).toMatch(problem('content/reviews/hostile-draft.mdx', 'documents[0].href', 'is "/../outside.pdf": it leads out of public/'));
  });

  test('a document at the top of public/ or in a folder the site writes is refused before it can replace a page', () => {
    writeFileSync(path.join(site.publicDir, 'index.html'), '<h1>not the home page</h1>');
    site.write('reviews/hostile-draft.mdx', review('report: published\ndocuments:\n  - label: Home\n    href: /index.html\n    format: html\n  - label: Feed\n    href: /reviews/feed.xml\n    format: txt'));
    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(problem('content/reviews/hostile-draft.mdx', 'documents[0].href', 'is "/index.html", a file at the top of public/, where the site keeps its own pages.'));
    expect(check.report).toMatch(problem('content/reviews/hostile-draft.mdx', 'documents[1].href', 'is "/reviews/feed.xml", in public/reviews/, but /reviews/ is where the site puts its own pages or files'));
  });
});
