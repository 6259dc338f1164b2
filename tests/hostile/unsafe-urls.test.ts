// Rule 2, URL fields: a booking, helpline or document address that runs script (javascript:,
// data:, vbscript:), however it is disguised, is refused by the check and the build, naming
// the file and field. z.url() had accepted all of them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hostileSite, problem, review } from './_site.ts';

const site = hostileSite('urls');
afterAll(() => site.remove());

describe('an address that is not https, http, mailto, tel or a path on the site', () => {
  test('is a check error naming the file and field, and the build stops with the same words', () => {
    const course = path.join(site.content, 'courses/adolescent-to-parent-violence.mdx');
    writeFileSync(course, readFileSync(course, 'utf8').replace(/^booking: .*$/m, 'booking: "java\\tscript:alert(document.domain)"'));
    const partnership = path.join(site.content, 'partnership.yaml');
    writeFileSync(partnership, readFileSync(partnership, 'utf8').replace(/^helplines:\n/m, 'helplines:\n  - name: Hostile helpline\n    url: "data:text/html,<script>alert(1)</script>"\n'));
    site.write('reviews/hostile-urls.mdx', review('report: published\ndocuments:\n  - label: Report\n    href: "&#x6A;avascript:alert(1)"\n    format: html\n  - label: Summary\n    href: "VBScript:msgbox(1)"\n    format: html'));

    const check = site.check();
    expect(check.status).toBe(1);
    expect(check.report).toMatch(problem('content/courses/adolescent-to-parent-violence.mdx', 'booking', 'is "java\\tscript:alert(document.domain)": it uses "javascript:", which a page may not link to. Use an address starting https://, http://, mailto: or tel:, or a page of this site starting with /.'));
    expect(check.report).toMatch(problem('content/partnership.yaml', 'helplines[0].url', 'is "data:text/html,<script>alert(1)</script>": it uses "data:", which a page may not link to.'));
    expect(check.report).toMatch(problem('content/reviews/hostile-urls.mdx', 'documents[0].href', 'is "&#x6A;avascript:alert(1)": it uses "javascript:", which a page may not link to.'));
    expect(check.report).toMatch(problem('content/reviews/hostile-urls.mdx', 'documents[1].href', 'is "VBScript:msgbox(1)": it uses "vbscript:", which a page may not link to.'));

    const build = site.build();
    expect(build.status).toBe(1);
    expect(build.output).toContain(check.report);
  });
});
