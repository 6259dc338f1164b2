// Finding 8: a review file named 2.mdx replaced page 2 of the reviews listing (Astro only
// warned), making every review after the first page unreachable.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';
import { hostileSite } from './_site.ts';

const site = hostileSite('routes');
afterAll(() => site.remove());
const copyOf = (file: string) => readFileSync(path.join(ROOT, 'content', file), 'utf8');

describe('an entry whose file name is an address the site uses', () => {
  test('is a check error naming the file and how to rename it, and the build stops with the same words', () => {
    site.write('reviews/2.mdx', copyOf('reviews/child-b-2022.mdx'));
    site.write('reviews/kind.mdx', copyOf('reviews/child-b-2022.mdx'));
    site.write('briefings/text.mdx', copyOf('briefings/child-a-learning-summary.mdx'));
    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(/content\/reviews\/2\.mdx\n {2}has a file name the site cannot give an entry: the address \/reviews\/2\/ is page 2 of the reviews listing, which this entry would replace\. Rename the file to say what it is, e\.g\. review-2\.mdx/);
    expect(check.report).toMatch(/content\/reviews\/kind\.mdx\n {2}has a file name the site cannot give an entry: the name kind is taken by the reviews filtered by kind \(\/reviews\/kind\/…\)\./);
    expect(check.report).toMatch(/content\/briefings\/text\.mdx\n {2}has a file name the site cannot give an entry: the name text is taken by the site's own address \/briefings\/<slug>\/text\./);
    const build = site.build();
    expect(build.status).toBe(1);
    expect(build.output).toContain(check.report);
  });
});
