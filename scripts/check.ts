/**
 * npm run check: validate all content without building the site.
 * Usage: node scripts/check.ts [--json]
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrations/validate-content.ts';
import { formatProblems } from '../src/lib/validation/index.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const contentDir = process.env.CASCADE_CONTENT ?? 'content';
const { problems, errors, content } = await checkContent(contentDir);

if (values.json) {
  console.log(JSON.stringify({ ok: errors.length === 0, problems }, null, 2));
} else if (problems.length) {
  console.error(formatProblems(problems));
} else {
  const counts = Object.entries(content.entries).map(([name, list]) => `${list.length} ${name}`).join(', ');
  console.log(`All content is valid: ${counts}.`);
}
process.exit(errors.length ? 1 : 0);
