/**
 * npm run check: validate all content without building the site, and list the reports that
 * come down in the next 60 days (their `retainUntil` is near).
 * Usage: node scripts/check.ts [--json]
 * Under GitHub Actions (GITHUB_ACTIONS=true) it also prints each problem as an annotation, so
 * a pull request from the web editor shows it on the file and line it is about.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/check-content.ts';
import { formatDate } from '../src/lib/dates.ts';
import { githubAnnotationsOf } from '../src/lib/authoring/github-annotations.ts';
import { comesDownWithin, type Retained } from '../src/lib/rules/retention.ts';
import { formatProblems } from '../src/lib/checks/validation/index.ts';

const NOTICE_DAYS = 60;
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const contentDir = process.env.CASCADE_CONTENT ?? 'content';
const { problems, errors, content, buildDate } = await checkContent(contentDir);
const comingDown = content.public.reviews
  .filter((r) => comesDownWithin(r.data as unknown as Retained, NOTICE_DAYS, buildDate))
  .map((r) => ({ file: r.file, title: String(r.data.title), retainUntil: String(r.data.retainUntil) }))
  .sort((a, b) => a.retainUntil.localeCompare(b.retainUntil));

if (values.json) {
  console.log(JSON.stringify({ ok: errors.length === 0, problems, comingDown }, null, 2));
} else {
  if (problems.length) {
    console.error(formatProblems(problems));
    if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotationsOf(problems, process.cwd()));
  } else {
    const counts = Object.entries(content.entries).map(([name, list]) => `${list.length} ${name}`).join(', ');
    console.log(`All content is valid: ${counts}.`);
  }
  if (comingDown.length) {
    console.log(`\nReports coming down in the next ${NOTICE_DAYS} days (after their retainUntil the files leave the site; the learning stays):`);
    for (const r of comingDown) console.log(`  ${r.file}: "${r.title}" is online until ${formatDate(r.retainUntil)}.`);
  }
}
process.exit(errors.length ? 1 : 0);
