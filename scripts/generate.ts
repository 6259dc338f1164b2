/**
 * npm run docs:fields: regenerates what is derived from the schemas for editors:
 * docs/fields.md, docs/problems.md and the JSON Schemas in schemas/. Usage: node scripts/generate.ts [--check]
 * With --check it writes nothing and exits 1 when a committed file is out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generatedFiles } from './generated-files.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const root = path.resolve(import.meta.dirname, '..');
const stale: string[] = [];
for (const [file, text] of Object.entries(generatedFiles())) {
  const full = path.join(root, file);
  const current = await readFile(full, 'utf8').catch(() => undefined);
  if (current === text) continue;
  stale.push(file);
  if (!values.check) {
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}
if (values.check && stale.length) {
  console.error(`These files are out of date with src/schemas: ${stale.join(', ')}. Run \`npm run docs:fields\` and commit them.`);
  process.exit(1);
}
console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'docs/fields.md and schemas/ are up to date.');
