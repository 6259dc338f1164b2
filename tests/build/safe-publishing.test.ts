import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check-content.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { EXAMPLE_OUT, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-safe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
const page = (out: string, p: string) => text(readFileSync(path.join(out, p, 'index.html'), 'utf8'));

describe('the example site, published safely', () => {
  test('has no false alarms from the anonymisation check on any review or briefing, public or not', async () => {
    const { problems } = await checkContent(path.join(ROOT, 'content'), { buildDate: '2100-01-01' });
    expect(problems.filter((p) => p.message.includes('could identify'))).toEqual([]);
  });

  test('describes a report from its real file, with a way to ask for another format', () => {
    const size = formatFileSize(statSync(path.join(ROOT, 'public/reports/child-b-2022.pdf')).size);
    const html = readFileSync(path.join(EXAMPLE_OUT, 'reviews/child-b-2022/index.html'), 'utf8');
    expect(text(html)).toContain(`Full report (PDF, ${size}, 4 pages)`);
    expect(html).toContain('href="mailto:learning@northvale-scp.example?subject=Request%20for%20another%20format');
  });

  test('puts the content notice with helplines above a page about serious harm, and not on others', () => {
    const harm = page(EXAMPLE_OUT, 'reviews/child-b-2022/');
    expect(harm.indexOf('Content notice')).toBeLessThan(harm.indexOf('Key messages'));
    expect(harm).toContain('NSPCC helpline : 0808 800 5000');
    expect(page(EXAMPLE_OUT, 'reviews/sibling-group-j-2026/')).not.toContain('Content notice');
  });

  test('puts the content notice on a review that asks for it with contentNotice: true although none of its themes does', () => {
    const harm = page(EXAMPLE_OUT, 'reviews/child-k-2026/');
    expect(harm.indexOf('Content notice')).toBeGreaterThan(-1);
    expect(harm.indexOf('Content notice')).toBeLessThan(harm.indexOf('Key messages'));
  });

  test('shows the page history, latest first', () => {
    expect(page(EXAMPLE_OUT, 'reviews/child-b-2022/')).toContain('Last updated 12 June 2024 — Progress on recommendations updated');
  });

  test('lists in npm run check a report that comes down within 60 days', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CASCADE_BUILD_DATE: '2027-04-15' }, encoding: 'utf8' });
    expect(run.stdout).toContain('content/reviews/child-b-2022.mdx: "Local child safeguarding practice review for Child B" is online until 31 May 2027.');
  });
});

describe('a build after a review’s retainUntil', () => {
  const out = path.join(work, 'later');

  test('takes the report files off the site and keeps the learning', () => {
    const run = runBuild(out, { CASCADE_BUILD_DATE: '2027-06-15', CASCADE_CACHE_DIR: path.join(work, 'cache') });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(path.join(out, 'reports/child-b-2022.pdf'))).toBe(false);
    expect(existsSync(path.join(out, 'reports/child-b-2022-response.pdf'))).toBe(false);
    expect(existsSync(path.join(out, 'reports/child-k-2026.pdf'))).toBe(true);
    const review = page(out, 'reviews/child-b-2022/');
    expect(review).toContain('Report withdrawn');
    expect(review).toContain('The report has been taken off this website at the end of its publication period ( 31 May 2027 )');
    expect(review).toContain('To request a copy of the report, email learning@northvale-scp.example');
    expect(review).toContain('A bruise on a baby who is not yet mobile always needs a safeguarding response.');
    expect(review).not.toContain('child-b-2022.pdf');
  });
});

describe('a review that names a person', () => {
  test('stops the build with the file, the line and the allowPhrases line to add', () => {
    const content = path.join(work, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const file = path.join(content, 'reviews/child-b-2022.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe health visitor, Jessica Okafor, saw the bruise.\n`);
    const run = runBuild(path.join(work, 'named'), { CASCADE_CONTENT: content });
    expect(run.status).toBe(1);
    expect(run.output).toContain('content/reviews/child-b-2022.mdx');
    expect(run.output).toMatch(/body: line \d+ has "Jessica Okafor", which looks like a person’s name/);
    expect(run.output).toContain('allowPhrases: [Jessica Okafor]');
  });
});
