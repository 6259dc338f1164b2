/**
 * Writes a benchmark corpus: N reviews and N briefings with proportionate courses and
 * newsletters, valid against the schemas, with realistic field sizes and 2–6 KB bodies.
 * A few percent are drafts or embargoed so the publication rule does real work.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { AUDIENCES, BRIEFING_FORMATS, DELIVERY_MODES, REVIEW_KINDS, TRAINER_KINDS } from '../../src/schemas/index.ts';
import { addDays } from '../../src/lib/dates.ts';
import { createRandom, type Random } from './random.ts';

const WORDS = 'practitioners agencies information sharing assessment the child family lived experience professional curiosity supervision escalation risk threshold referral strategy meeting plan review multi-agency health visitor school nurse police social worker early help neglect injury pattern history safety network voice challenge record chronology disguised compliance parental capacity housing mental health substance use domestic abuse adolescent exploitation missing episodes response consistent timely partnership learning improvement'.split(' ');
const FUNCTION_WORDS = 'the of and to in a was that with for were had by on at not this from as it be their when there about which who but an or been more than would did all so'.split(' ');
const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo'.split(' ');

/**
 * The words of the generated text, commonest first: function words, then the safeguarding
 * vocabulary, then a long tail of made-up words, drawn with Zipf's law (a word's frequency
 * falls as 1/rank) as in real prose. A short list drawn uniformly would put every word in
 * every page, which no real corpus does and which inflates the search index's posting lists.
 */
const VOCABULARY = [...FUNCTION_WORDS, ...WORDS, ...Array.from({ length: 2500 }, (_, i) => `${SYLLABLES[i % 50]}${SYLLABLES[Math.floor(i / 50) % 50]}${SYLLABLES[(i * 7) % 50]}n`)];
const CUMULATIVE = (() => {
  let total = 0;
  const sums = VOCABULARY.map((_, rank) => (total += 1 / (rank + 1)));
  return sums.map((sum) => sum / total);
})();

function word(r: Random): string {
  const x = r.next();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

const HEADINGS = ['What happened', 'What we learned', 'Working together', 'The voice of the child', 'Information sharing', 'Professional curiosity', 'What has changed', 'Next steps', 'Supervision and support', 'Escalation'];

function sentence(r: Random, min = 8, max = 18): string {
  const words = Array.from({ length: r.int(min, max) }, () => word(r));
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: Random): string {
  return Array.from({ length: r.int(3, 6) }, () => sentence(r)).join(' ');
}

/** A Markdown body of roughly `bytes` with headings, lists and a table. */
function body(r: Random, bytes: number, sections?: number): string {
  const parts: string[] = [];
  let i = 0;
  while (sections ? i < sections : parts.join('\n\n').length < bytes) {
    const heading = sections ? `## ${i + 1}. ${HEADINGS[i % HEADINGS.length]}` : `## ${r.pick(HEADINGS)}`;
    parts.push(heading, paragraph(r));
    if (i % 3 === 1) parts.push(Array.from({ length: r.int(3, 5) }, () => `- ${sentence(r, 5, 10)}`).join('\n'));
    if (i % 4 === 2) parts.push(['| Agency | Action | Status |', '| --- | --- | --- |', ...Array.from({ length: 3 }, () => `| ${r.pick(WORDS)} | ${sentence(r, 3, 6)} | ${r.pick(['done', 'in progress', 'planned'])} |`)].join('\n'));
    i += 1;
  }
  return `${parts.join('\n\n')}\n`;
}

function publication(r: Random, index: number): { published: string; draft?: boolean } {
  const published = addDays('2019-01-01', Math.floor((index * 2800) / Math.max(1, index + 50)) + r.int(0, 60));
  const roll = r.next();
  if (roll < 0.03) return { published, draft: true };
  if (roll < 0.05) return { published: addDays('2099-01-01', r.int(0, 300)) };
  return { published };
}

const mdx = (data: Record<string, unknown>, text: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}`;
// A published report must list its file: every such review links the example's report.
const PUBLISHED_REPORT = { report: 'published', documents: [{ label: 'Full report', href: '/reports/child-b-2022.pdf', format: 'pdf' }] };
// Video and podcast briefings need a film or recording (media:); the corpus has written ones only.
const WRITTEN_FORMATS = BRIEFING_FORMATS.filter((f) => f !== 'video' && f !== 'podcast');
const pad = (n: number) => String(n).padStart(5, '0');

export interface CorpusOptions {
  n: number;
  dir: string;
  /** The example content, whose data files, priorities and pages the corpus reuses. */
  exampleDir: string;
  seed?: number;
  /** How many courses (default: a tenth of N, at least 15). */
  courses?: number;
}

/** Writes the corpus into `<dir>` (a content folder) and returns its entry counts. */
export function writeCorpus({ n, dir, exampleDir, seed = 20261122, courses }: CorpusOptions) {
  const r = createRandom(seed + n);
  rmSync(dir, { recursive: true, force: true });
  for (const name of ['reviews', 'briefings', 'courses', 'newsletters']) mkdirSync(path.join(dir, name), { recursive: true });
  for (const name of ['partnership.yaml', 'themes.yaml', 'agencies.yaml', 'sectors.yaml']) cpSync(path.join(exampleDir, name), path.join(dir, name));
  for (const name of ['priorities', 'pages']) cpSync(path.join(exampleDir, name), path.join(dir, name), { recursive: true });
  const ids = (file: string) => (parse(readFileSync(path.join(exampleDir, file), 'utf8')) as { id: string }[]).map((x) => x.id);
  const themes = ids('themes.yaml');
  const agencies = ids('agencies.yaml');
  const sectors = ids('sectors.yaml');
  const priorities = ['adolescent-risk', 'neglect', 'transition', 'child-sexual-abuse', 'domestic-abuse-impact-on-children', 'non-accidental-injury-in-non-mobile-children'];

  const courseCount = courses ?? Math.max(15, Math.round(n / 10));
  const courseSlugs = Array.from({ length: courseCount }, (_, i) => `bench-course-${pad(i)}`);
  const levelOf = (i: number) => (i < courseCount * 0.1 ? 'foundation' : i < courseCount * 0.4 ? 'core' : 'specialist');
  courseSlugs.forEach((slug, i) => {
    const level = levelOf(i);
    const parents = level === 'core' ? courseSlugs.filter((_, j) => levelOf(j) === 'foundation') : level === 'specialist' ? courseSlugs.filter((_, j) => levelOf(j) === 'core') : [];
    const data = {
      title: `Course ${i} – ${sentence(r, 3, 6).slice(0, -1)}`,
      summary: sentence(r, 12, 24),
      ...publication(r, i),
      themes: r.some(themes, 1, 2),
      priorities: r.some(priorities, 0, 2),
      level,
      prerequisites: r.some(parents, 0, 2),
      delivery: r.pick(DELIVERY_MODES),
      durationMinutes: r.pick([60, 90, 180, 360]),
      audience: 'Practitioners in every partner agency',
      outcomes: Array.from({ length: r.int(2, 4) }, () => sentence(r, 5, 10)),
      trainers: r.pick(TRAINER_KINDS),
      sectors: r.some(sectors, 1, 3),
      sessions: Array.from({ length: r.int(0, 3) }, () => ({ date: addDays('2026-09-01', r.int(0, 300)), online: true })),
    };
    writeFileSync(path.join(dir, 'courses', `${slug}.mdx`), mdx(data, body(r, r.int(600, 1500))));
  });

  for (let i = 0; i < n; i += 1) {
    const owners = r.some(agencies, 2, 4);
    const data = {
      title: `Review ${i} – ${sentence(r, 4, 9).slice(0, -1)}`,
      summary: sentence(r, 15, 30).slice(0, 280),
      ...publication(r, i),
      themes: r.some(themes, 1, 3),
      priorities: r.some(priorities, 0, 2),
      kind: r.pick(REVIEW_KINDS),
      subject: `Child ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
      agencies: owners,
      keyMessages: Array.from({ length: r.int(3, 5) }, () => sentence(r, 6, 14)),
      recommendations: Array.from({ length: r.int(2, 5) }, (_, k) => ({
        id: `R${k + 1}`,
        text: sentence(r, 10, 20),
        owners: r.some(owners, 1, 2),
        due: addDays('2020-01-01', r.int(0, 2900)),
        status: r.pick(['not-started', 'in-progress', 'complete', 'not-achieved'] as const),
      })),
      ...r.pick([PUBLISHED_REPORT, PUBLISHED_REPORT, PUBLISHED_REPORT, { report: 'not-published' }]),
    };
    writeFileSync(path.join(dir, 'reviews', `bench-review-${pad(i)}.mdx`), mdx(data, body(r, r.int(2000, 6000))));
  }

  for (let i = 0; i < n; i += 1) {
    const format = r.pick(WRITTEN_FORMATS);
    const data = {
      title: `Briefing ${i} – ${sentence(r, 4, 9).slice(0, -1)}`,
      summary: sentence(r, 15, 30).slice(0, 280),
      ...publication(r, i),
      themes: r.some(themes, 1, 3),
      priorities: r.some(priorities, 0, 2),
      format,
      sources: i % 10 === 0 ? [] : [`bench-review-${pad(r.int(0, n - 1))}`],
      audiences: r.some(AUDIENCES, 1, 3),
      sectors: r.some(sectors, 1, 3),
      keyMessages: Array.from({ length: r.int(3, 6) }, () => sentence(r, 6, 14)),
      questions: Array.from({ length: r.int(2, 4) }, () => `${sentence(r, 6, 12).slice(0, -1)}?`),
      courses: r.some(courseSlugs, 1, 2),
    };
    const text = format === 'seven-minute' ? body(r, 0, 7) : body(r, r.int(2000, 6000));
    writeFileSync(path.join(dir, 'briefings', `bench-briefing-${pad(i)}.mdx`), mdx(data, text));
  }

  const newsletterCount = Math.max(3, Math.round(n / 50));
  for (let i = 0; i < newsletterCount; i += 1) {
    const from = addDays('2019-01-01', i * 91);
    const data = { title: `Learning newsletter ${i + 1}`, summary: sentence(r, 12, 20), published: addDays(from, 91), period: { from, to: addDays(from, 90) } };
    writeFileSync(path.join(dir, 'newsletters', `bench-newsletter-${pad(i)}.mdx`), mdx(data, paragraph(r)));
  }
  return { reviews: n, briefings: n, courses: courseCount, newsletters: newsletterCount };
}
