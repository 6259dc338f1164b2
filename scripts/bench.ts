/**
 * npm run bench: builds generated corpora of N reviews + N briefings and reports Cascade's
 * figures as ratios against baselines built from the same files in the same run.
 *   npm run bench                 N = 100 (a quick look, a few minutes)
 *   npm run bench -- --n 1000,5000 --repeat 3
 * Results: a table on screen and JSON lines appended to .bench/results.jsonl.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findHugo, writeBareAstro, writeHugoSite, writeIoFloorScript } from './bench/baselines.ts';
import { writeCorpus } from './bench/corpus.ts';
import { folderSize, measure, readJson, type Measurement } from './bench/measure.ts';
import { pageWeight, samplePages } from './bench/page-weight.ts';
import { searchTransfer } from './bench/search-transfer.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, repeat: { type: 'string', default: '1' }, 'skip-hugo': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help) {
  console.log(`Usage: npm run bench -- [--n 100[,1000…]] [--repeat 1] [--skip-hugo]

  --n          corpus sizes: N reviews + N briefings each (default 100)
  --repeat     runs of every scenario; the table shows medians (default 1)
  --skip-hugo  leave out the Hugo baseline

Each N: a generated corpus in .bench/, the baselines (I/O floor, bare Astro, Hugo), then Cascade
cold, no change, one body edited, one title edited, one entry added. Results: a table here and
JSON lines in .bench/results.jsonl. To profile one scenario, build the corpus the same way with
node --cpu-prof scripts/build.ts (see the README, Benchmarks).`);
  process.exit(0);
}
const sizes = values.n!.split(',').map(Number);
const repeat = Math.max(1, Number(values.repeat));
const ROOT = process.cwd();
const WORK = path.join(ROOT, '.bench');
const NODE = process.execPath;
const BUILD_DATE = '2026-11-22';
const QUERIES = ['neglect', 'information sharing', 'supervision'];
const RESULTS = path.join(WORK, 'results.jsonl');
mkdirSync(WORK, { recursive: true });

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const record = (row: Record<string, unknown>) => appendFileSync(RESULTS, `${JSON.stringify({ at: new Date().toISOString(), machine, ...row })}\n`);

function runCascade(n: number, timings: string): Measurement & { phases: Record<string, number> } {
  // A build that finds nothing changed writes only its own figure: none may be left from the last run.
  rmSync(timings, { force: true });
  const m = measure([NODE, 'scripts/build.ts', '--out', path.join(WORK, `out-${n}`)], {
    cwd: ROOT,
    env: { CASCADE_CONTENT: path.join(WORK, `corpus-${n}/content`), CASCADE_CACHE_DIR: path.join(WORK, `cache-${n}`), CASCADE_BUILD_DATE: BUILD_DATE, CASCADE_TIMINGS: timings },
  });
  if (!m.ok) throw new Error(`The Cascade build of N=${n} failed:\n${m.output.slice(-3000)}`);
  return { ...m, phases: readJson<Record<string, number>>(timings) ?? {} };
}

function clearCaches(n: number) {
  for (const dir of [`out-${n}`, `cache-${n}`]) rmSync(path.join(WORK, dir), { recursive: true, force: true });
  rmSync(path.join(ROOT, 'node_modules/.cache/cascade'), { recursive: true, force: true });
}

// peak MB: the largest process of the run (for Cascade, usually Pagefind's indexer); node MB: the build's own Node process.
const table: string[][] = [['N', 'scenario', 'wall s', 'user s', 'peak MB', 'node MB', 'ratio', 'against']];
const fmt = (ms: number) => (ms < 1000 ? (ms / 1000).toFixed(3) : (ms / 1000).toFixed(1));

for (const n of sizes) {
  const content = path.join(WORK, `corpus-${n}/content`);
  console.log(`\nN = ${n}: writing the corpus…`);
  const counts = writeCorpus({ n, dir: content, exampleDir: path.join(ROOT, 'content') });

  // Baselines, same corpus, same run.
  const ioScript = path.join(WORK, 'io-floor.mjs');
  writeIoFloorScript(ioScript);
  const bareDir = path.join(WORK, `bare-${n}`);
  writeBareAstro(bareDir, content);
  const hugo = values['skip-hugo'] ? { notice: 'Hugo baseline skipped (--skip-hugo).' } : findHugo();
  if (hugo.bin) writeHugoSite(path.join(WORK, `hugo-${n}`), content);
  if (hugo.notice) console.log(hugo.notice);

  const runs: Record<string, Measurement[]> = {};
  const phases: Record<string, Record<string, number>[]> = {};
  const add = (name: string, m: Measurement & { phases?: Record<string, number> }) => {
    (runs[name] ??= []).push(m);
    if (m.phases) (phases[name] ??= []).push(m.phases);
  };
  const reviewFile = path.join(content, 'reviews/bench-review-00001.mdx');
  const briefingFile = path.join(content, 'briefings/bench-briefing-00001.mdx');

  for (let i = 0; i < repeat; i += 1) {
    console.log(`  run ${i + 1}/${repeat}: baselines…`);
    rmSync(path.join(WORK, `io-out-${n}`), { recursive: true, force: true });
    add('io-floor', measure([NODE, ioScript, content, path.join(WORK, `io-out-${n}`)], { cwd: ROOT }));
    rmSync(path.join(bareDir, 'dist'), { recursive: true, force: true });
    rmSync(path.join(bareDir, 'node_modules'), { recursive: true, force: true });
    rmSync(path.join(bareDir, '.astro'), { recursive: true, force: true });
    add('bare-astro', measure([NODE, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bareDir, '--silent'], { cwd: ROOT }));
    if (hugo.bin) add('hugo', measure([hugo.bin, '--quiet', '-s', path.join(WORK, `hugo-${n}`), '-d', 'public'], { cwd: ROOT }));

    console.log(`  run ${i + 1}/${repeat}: Cascade scenarios…`);
    clearCaches(n);
    add('cold', runCascade(n, path.join(WORK, 'timings.json')));
    add('warm', runCascade(n, path.join(WORK, 'timings.json')));
    writeFileSync(reviewFile, `${readFileSync(reviewFile, 'utf8')}\nAn added paragraph for the edit scenario, run ${i}.\n`);
    add('body-edit', runCascade(n, path.join(WORK, 'timings.json')));
    writeFileSync(briefingFile, readFileSync(briefingFile, 'utf8').replace(/^title: (.*)$/m, `title: $1 (edited ${i})`));
    add('title-edit', runCascade(n, path.join(WORK, 'timings.json')));
    writeFileSync(path.join(content, `reviews/bench-added-${i}.mdx`), readFileSync(reviewFile, 'utf8').replace(/^title: .*$/m, `title: An added review ${i}`));
    add('add-entry', runCascade(n, path.join(WORK, 'timings.json')));
  }

  const out = path.join(WORK, `out-${n}`);
  const dist = folderSize(out);
  const weights = [...samplePages(out, 'reviews', 3), ...samplePages(out, 'briefings', 3)].flatMap((p) => pageWeight(out, p) ?? []);
  const search = await searchTransfer(out, QUERIES);
  const med = (name: string, key: keyof Measurement) => median((runs[name] ?? []).map((m) => m[key] as number));
  const phase = (name: string, key: string) => median((phases[name] ?? []).map((p) => p[key] ?? 0));
  // The cold-build target excludes card drawing and the search index, which bare Astro does not do.
  const coldCore = med('cold', 'wallMs') - phase('cold', 'cards') - phase('cold', 'search');
  const cards = ['reviews', 'briefings'].reduce((sum, c) => sum + (existsSync(path.join(out, 'cards', c)) ? readdirSync(path.join(out, 'cards', c)).filter((f) => f.endsWith('.png')).length : 0), 0);

  const summary = {
    n,
    counts,
    repeat,
    medians: Object.fromEntries(Object.keys(runs).map((k) => [k, { wallMs: med(k, 'wallMs'), userMs: med(k, 'userMs'), sysMs: med(k, 'sysMs'), peakRssMb: med(k, 'peakRssMb') }])),
    phases: Object.fromEntries(Object.keys(phases).map((k) => [k, Object.fromEntries(Object.keys(phases[k]![0] ?? {}).map((p) => [p, phase(k, p)]))])),
    ratios: {
      coldExclCardsSearchVsBareAstro: coldCore / med('bare-astro', 'wallMs'),
      coldVsIoFloor: med('cold', 'wallMs') / med('io-floor', 'wallMs'),
      coldVsHugo: runs.hugo ? med('cold', 'wallMs') / med('hugo', 'wallMs') : null,
      bodyEditVsCold: med('body-edit', 'wallMs') / med('cold', 'wallMs'),
      warmVsCold: med('warm', 'wallMs') / med('cold', 'wallMs'),
      // Cards are drawn on every core at once: wall time per card times the cores it had.
      cardColdMsPerCardPerCore: cards ? (phase('cold', 'cards') * machine.cpus) / cards : null,
      cardCachedMsPerCard: cards ? phase('warm', 'cards') / cards : null,
    },
    dist,
    pageWeight: weights,
    searchBytes: search,
    notices: hugo.notice ? [hugo.notice] : [],
  };
  record(summary);

  for (const [name, ms] of Object.entries(summary.medians)) {
    const against = ['cold', 'warm', 'body-edit', 'title-edit', 'add-entry'].includes(name) ? (name === 'cold' ? 'bare-astro' : 'cold') : 'bare-astro';
    const ratio = ms.wallMs / (summary.medians[against]?.wallMs ?? NaN);
    const nodeMb = summary.phases[name]?.nodePeakRssMb;
    table.push([String(n), name, fmt(ms.wallMs), fmt(ms.userMs), ms.peakRssMb.toFixed(0), nodeMb ? nodeMb.toFixed(0) : '', name === against ? '1.00' : ratio.toFixed(2), against]);
  }
  console.log(`  dist: ${(dist.bytes / 2 ** 20).toFixed(1)} MB in ${dist.files} files; phases (cold, ms): ${JSON.stringify(summary.phases.cold)}`);
  for (const w of weights) console.log(`  page ${w.page}: HTML ${w.html[1]} B gz, CSS ${w.css[1]} B gz, JS ${w.js[0]} B`);
  console.log(`  search bytes for a first query: ${JSON.stringify(search)}`);
  console.log(`  cold build without cards and search ÷ bare Astro: ${summary.ratios.coldExclCardsSearchVsBareAstro.toFixed(2)}; one body edit ÷ cold: ${summary.ratios.bodyEditVsCold.toFixed(2)}`);
  console.log(`  cards (${cards}): cold ${summary.ratios.cardColdMsPerCardPerCore?.toFixed(1)} ms per card per core, cached ${summary.ratios.cardCachedMsPerCard?.toFixed(2)} ms per card`);
}

const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
console.log(`\n${table.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n')}`);
console.log(`\nMachine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GiB, Node ${machine.node}. Results appended to ${path.relative(ROOT, RESULTS)}.`);
