/**
 * npm run build: validate the content, build the site into a staging folder, and only then
 * replace dist/. When nothing it reads has changed since it last built the same folder, it
 * leaves that folder as it is (src/build/unchanged-build.ts).
 * Usage: node scripts/build.ts [--out <dir>] [--force]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { checkContent } from '../src/content/check-content.ts';
import { BuildLockedError, OutputSwapError, lockOutput, recoverOutput, writeAtomically } from '../src/build/atomic-output.ts';
import { formatProblems } from '../src/lib/checks/validation/index.ts';
import { resolveBuildDate } from '../src/lib/rules/publication.ts';
import { enableProgress } from '../src/build/progress.ts';
import { PUBLIC_DIR } from '../src/build/documents.ts';
import { STATIC_DIR } from '../src/build/public-files.ts';
import { buildCacheDir } from '../src/build/rendered-bodies.ts';
import { buildFingerprint, readsNeighbours, rememberBuild, unchangedSinceLastBuild } from '../src/build/unchanged-build.ts';

// Vite reads these from the environment and they would override astro.config.mjs (an inherited
// BASE_URL=/ silently drops CASCADE_BASE from every link). Test runners such as vitest set them.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } } });
const contentDir = process.env.CASCADE_CONTENT ?? 'content';
const started = performance.now();

const log = (line: string) => console.log(line);
// Each phase's line: live in a terminal, every few seconds and at its end in CI.
enableProgress();

try {
  // First of all, even before the content is checked: one build at a time per folder, and a
  // site a stopped build left aside is put back.
  // The lock is released when the process exits, whichever way.
  const release = await lockOutput(values.out!, { log });
  for (const line of recoverOutput(values.out!)) log(line);
  const buildDate = resolveBuildDate(process.env);
  const fingerprint = await buildFingerprint({ contentDir, fileDirs: [PUBLIC_DIR, STATIC_DIR], outDir: values.out!, buildDate, env: process.env });
  const last = values.force || (await readsNeighbours(contentDir)) ? undefined : await unchangedSinceLastBuild(buildCacheDir(), values.out!, fingerprint, process.env.CASCADE_DEBUG ? log : undefined);
  if (last) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Nothing has changed since ${values.out}/ was built as of ${buildDate} (content, documents, code and settings are the same), so it was left as it was (checked in ${seconds} s).`);
    if (last.warnings) console.log(`That build had ${last.warnings} warning${last.warnings === 1 ? '' : 's'}: npm run check lists them.`);
    console.log('To build it again anyway: npm run build -- --force');
    if (process.env.CASCADE_TIMINGS) writeFileSync(process.env.CASCADE_TIMINGS, JSON.stringify({ unchanged: performance.now() - started, nodePeakRssMb: process.resourceUsage().maxRSS / 1024 }));
    release();
    process.exit(0);
  }
  const { problems, errors } = await checkContent(contentDir, { buildDate });
  if (problems.length) console.error(`\n${formatProblems(problems)}\n`);
  if (errors.length) {
    console.error(`The build stopped: fix the problems above. ${values.out}/ was left as it was.`);
    process.exit(1);
  }
  console.log(`Content is valid. Building the site as of ${buildDate}…`);
  process.env.CASCADE_VALIDATED = '1';
  process.env.CASCADE_BUILD_DATE = buildDate;
  await writeAtomically(values.out!, async (staging) => {
    await build({ outDir: staging, logLevel: process.env.CASCADE_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
  }, { log, locked: true });
  await rememberBuild(buildCacheDir(), values.out!, fingerprint, problems.length - errors.length);
  release();
  console.log(`Built ${values.out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  const err = error as Error & { title?: string; hint?: string };
  console.error(`\n${err.title ?? err.name ?? 'The build failed'}\n${err.message}${err.hint ? `\nHint: ${err.hint}` : ''}`);
  if (process.env.CASCADE_DEBUG) console.error(err.stack);
  // Say only what is true of dist/: another build may be changing it, or the swap may have failed.
  if (error instanceof BuildLockedError) console.error(`\nThis build stopped without touching ${values.out}/.`);
  else if (error instanceof OutputSwapError) console.error(`\nThe build failed while replacing ${values.out}/; see above for where the previous site is.`);
  else console.error(`\nThe build failed. ${values.out}/ was left as it was.`);
  process.exit(1);
}
