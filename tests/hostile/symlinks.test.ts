// Finding 5: a symbolic link in public/ was followed, so a link to ../../.git/config (in CI,
// the checkout's token) was published with the site.
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hostileSite, problem, review } from './_site.ts';

const site = hostileSite('symlinks');
afterAll(() => site.remove());

describe('a symbolic link under public/', () => {
  test('is refused by name by the check and the build, linked from a review or not, and nothing behind it is published', () => {
    mkdirSync(path.join(site.root, '.git'));
    writeFileSync(path.join(site.root, '.git/config'), '[remote "origin"]\n\turl = https://x-access-token:SECRET@github.com/o/r\n');
    symlinkSync('../../.git/config', path.join(site.publicDir, 'reports/config.pdf'));
    symlinkSync('../..', path.join(site.publicDir, 'reports/everything'));
    site.write('reviews/hostile-link.mdx', review('report: published\ndocuments:\n  - label: Full report\n    href: /reports/config.pdf\n    format: pdf'));

    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(/public\/reports\/config\.pdf\n {2}is a symbolic link, not a plain file\. Cascade reads and publishes only plain files from \S*public\/ and never follows a link/);
    expect(check.report).toMatch(/public\/reports\/everything\n {2}is a symbolic link, not a plain file\./);
    expect(check.report).toMatch(problem('content/reviews/hostile-link.mdx', 'documents[0].href', 'is "/reports/config.pdf", but there is no file public/reports/config.pdf.'));

    const build = site.build();
    expect(build.status).toBe(1);
    expect(build.output).toContain(check.report);
    expect(existsSync(site.out)).toBe(false);
    expect(readdirSync(site.root).filter((name) => name.startsWith('.dist-staging'))).toEqual([]);
  });

  test('in content/ is refused by name too, and the file behind it is never read into the site', () => {
    const outside = path.join(site.root, 'outside.mdx');
    writeFileSync(outside, review('report: published', 'SECRET-OUTSIDE-THE-PROJECT'));
    rmSync(path.join(site.publicDir, 'reports/config.pdf'));
    rmSync(path.join(site.publicDir, 'reports/everything'));
    rmSync(path.join(site.content, 'reviews/hostile-link.mdx'));
    symlinkSync(outside, path.join(site.content, 'reviews/leak.mdx'));
    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(/content\/reviews\/leak\.mdx\n {2}is a link to another file\./);
    expect(check.output).not.toContain('SECRET-OUTSIDE-THE-PROJECT');
    const build = site.build();
    expect(build.status).toBe(1);
    expect(build.output).toContain(check.report);
    expect(existsSync(site.out)).toBe(false);
  });
});
