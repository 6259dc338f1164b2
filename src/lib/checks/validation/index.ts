import { z } from 'zod';
import { DATA_FILES, ENTRY_COLLECTIONS, ENTRY_COLLECTION_NAMES, SEVEN_MINUTE_SECTIONS, SLUG_PATTERN } from '../../../schemas/index.ts';
import type { Agency, EntryCollection, Network, Partnership, Sector, Theme } from '../../../schemas/index.ts';
import type { Problem } from '../../errors.ts';
import { entryState, type PublicationState } from '../../rules/publication.ts';
import { checkBrandContrast, formatRatio } from '../contrast.ts';
import { countLevelTwoHeadings } from '../../markdown-sections.ts';
import { findPrerequisiteCycles } from '../../rules/training-tree.ts';
import { checkReferences } from './_references.ts';
import { AGENCY_REFERENCES, ENTRY_REFERENCES } from './_rules.ts';
import { checkBody } from './_body.ts';
import { checkCalendarData } from './_calendar.ts';
import { checkUnfinished } from './_unfinished.ts';
import { checkSafePublishing, type SafePublishingOptions } from './_safe-publishing.ts';
import { demoteDraftProblems } from './_drafts.ts';
import { withLines } from './_lines.ts';
import { checkDocumentFolders, checkSlug, type SitePaths } from './_site-paths.ts';
import { problemFromIssue } from './_zod-issues.ts';
import { checkMedia, type MediaRef } from './_media.ts';

export { formatFieldPath, formatValue } from './_zod-issues.ts';
export { formatProblems } from './format-problems.ts';
export type { SitePaths } from './_site-paths.ts';

export interface ValidationOptions extends SafePublishingOptions {
  /** The addresses the site uses itself, read from src/pages: entries and documents must not take them. */
  sitePaths?: SitePaths;
}
export { AGENCY_REFERENCES, ENTRY_REFERENCES } from './_rules.ts';

/** An MDX file as read from disk, before validation. */
export interface RawEntry {
  collection: EntryCollection;
  slug: string;
  /** Path from the project root, e.g. `content/reviews/child-q.mdx`. */
  file: string;
  data: unknown;
  body: string;
  /** The file's line on which the body starts (1 when not known). */
  bodyLine?: number;
  /** The entry says `draft: true`: its problems warn instead of stopping the build. */
  draft?: boolean;
  /** Its frontmatter could not be read (the problem is already reported): skip its schema, keep its slug. */
  unreadable?: boolean;
  /** The file's line of a frontmatter field, when known. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

export interface RawDataFile {
  name: keyof typeof DATA_FILES;
  file: string;
  /** `undefined` when the file is missing. */
  data: unknown;
  /** The file exists but is not valid YAML (the problem is already reported). */
  unreadable?: boolean;
  /** The file's line of a field, when known. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

export interface RawContent {
  entries: RawEntry[];
  dataFiles: RawDataFile[];
  /** Problems met while reading, e.g. broken YAML: those files are left out of `entries`. */
  problems: Problem[];
}

export interface ValidEntry<T = Record<string, unknown>> {
  slug: string;
  file: string;
  data: T;
  body: string;
  /** Its publication state on the build date, decided once here (src/lib/rules/publication.ts). */
  state: PublicationState;
  /** The frontmatter as written, for loaders that run the schema themselves. */
  frontmatter: unknown;
}

export interface ValidContent {
  partnership: Partnership | undefined;
  themes: Theme[];
  agencies: Agency[];
  sectors: Sector[];
  /** content/network.yaml: no partnerships when the file is absent or invalid. */
  network: Network;
  /** Every valid entry, drafts and embargoed ones included: for checks and the dev preview. */
  entries: Record<EntryCollection, ValidEntry[]>;
  /** The public set: what every output is made from. */
  public: Record<EntryCollection, ValidEntry[]>;
}

export interface ValidationResult {
  problems: Problem[];
  content: ValidContent;
  /** The state of every entry file read, valid or not, by its path. */
  states: ReadonlyMap<string, PublicationState>;
}

function parseDataFile(raw: RawDataFile, problems: Problem[]): unknown {
  const spec = DATA_FILES[raw.name];
  if (raw.unreadable) return undefined;
  if (raw.data === undefined) {
    if ('optional' in spec && spec.optional) return undefined;
    problems.push({ code: 'data-file-missing', file: raw.file, field: '', message: `is missing. Create ${raw.file}; the README's "Editing content" section shows what it holds.`, severity: 'error' });
    return undefined;
  }
  const schema = spec.list ? z.array(spec.schema) : spec.schema;
  const result = schema.safeParse(raw.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...problemFromIssue(raw.file, raw.data, issue, schema));
    return undefined;
  }
  if (spec.list) {
    const seen = new Set<string>();
    (result.data as { id: string }[]).forEach((item, i) => {
      if (seen.has(item.id)) problems.push({ code: 'id-duplicate', file: raw.file, field: `[${i}].id`, message: `"${item.id}" is used twice. Give each item its own id.`, severity: 'error' });
      seen.add(item.id);
    });
  }
  return result.data;
}

/**
 * Validates all content at once: every body (text and allowed HTML, never code), every schema
 * rule, every cross-reference, prerequisite cycles, the shape of seven-minute briefings and,
 * for what is public on `buildDate`, the safe-publishing checks (anonymisation, retention,
 * checklist, document files). Returns every problem, not only the first, so an editor can fix
 * a batch in one go. A draft's problems are warnings: a draft never stops the build.
 * @example validateContent(await readContent(root), { buildDate: '2026-11-22' }).problems.length === 0
 */
export function validateContent(raw: RawContent, options: ValidationOptions = {}): ValidationResult {
  const problems: Problem[] = [...raw.problems];
  const data = Object.fromEntries(raw.dataFiles.map((file) => [file.name, parseDataFile(file, problems)]));
  const entries = Object.fromEntries(ENTRY_COLLECTION_NAMES.map((name) => [name, [] as ValidEntry[]])) as Record<EntryCollection, ValidEntry[]>;
  const invalid: RawEntry[] = [];
  // Without a build date nothing is embargoed: only drafts are held back.
  const states = new Map(raw.entries.map((entry) => [entry.file, entryState(entry.data, options.buildDate ?? '9999-12-31', entry.draft)]));

  for (const entry of raw.entries) {
    problems.push(...checkBody(entry));
    if (entry.unreadable) continue;
    problems.push(...checkUnfinished(entry));
    if (!SLUG_PATTERN.test(entry.slug)) {
      problems.push({ code: 'file-name', file: entry.file, field: '', message: `has a file name that cannot be a web address. Rename it using lowercase letters, digits and hyphens, e.g. ${entry.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx.`, severity: 'error' });
      continue;
    }
    if (options.sitePaths) problems.push(...checkSlug(entry, options.sitePaths));
    const schema = ENTRY_COLLECTIONS[entry.collection];
    const result = schema.safeParse(entry.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...problemFromIssue(entry.file, entry.data ?? {}, issue, schema));
      // Its references are still checked below, so one run lists every mistake in the file.
      invalid.push(entry);
      continue;
    }
    entries[entry.collection].push({ slug: entry.slug, file: entry.file, data: result.data as Record<string, unknown>, body: entry.body, state: states.get(entry.file)!, frontmatter: entry.data });
  }

  const idsOf = (list: unknown) => new Set(Array.isArray(list) ? list.map((item: { id: string }) => item.id) : []);
  // References are checked against every entry that exists, published or not: naming an
  // unpublished entry is allowed (the link is left out until it goes live).
  const slugsOf = (name: EntryCollection) => new Set(raw.entries.filter((e) => e.collection === name).map((e) => e.slug));
  const ids: Record<string, ReadonlySet<string>> = {
    themes: idsOf(data.themes),
    agencies: idsOf(data.agencies),
    sectors: idsOf(data.sectors),
    ...Object.fromEntries(ENTRY_COLLECTION_NAMES.map((name) => [name, slugsOf(name)])),
  };

  if (data.agencies && data.sectors) problems.push(...checkReferences(DATA_FILES.agencies.file, data.agencies, AGENCY_REFERENCES, ids));
  // A data file that failed to load is already reported; checking against it would only echo that.
  const canCheck = (target: string) => !(target in DATA_FILES) || data[target] !== undefined;
  for (const name of ENTRY_COLLECTION_NAMES) {
    const rules = ENTRY_REFERENCES[name].filter((rule) => canCheck(rule.target));
    for (const entry of entries[name]) {
      problems.push(...checkReferences(entry.file, entry.data, rules, ids));
      if (name === 'newsletters') problems.push(...checkFeatured(entry, ids));
      if (name === 'briefings') problems.push(...checkSevenMinute(entry), ...checkMedia(entry.file, entry.data as { format: string; media?: MediaRef }, entry.body, options.media));
      if (name === 'reviews' && options.sitePaths) problems.push(...checkDocumentFolders(entry.file, entry.data.documents as { href: string }[], options.sitePaths));
    }
  }
  for (const entry of invalid) {
    const reported = new Set(problems.filter((p) => p.file === entry.file).map((p) => p.field));
    const rules = ENTRY_REFERENCES[entry.collection].filter((rule) => canCheck(rule.target));
    problems.push(...checkReferences(entry.file, entry.data, rules, ids).filter((p) => !reported.has(p.field)));
  }
  problems.push(...checkCycles(entries.courses));
  if (data.partnership) problems.push(...checkContrast(raw.dataFiles.find((f) => f.name === 'partnership')!.file, data.partnership as Partnership));

  problems.push(...checkSafePublishing(entries, data as Parameters<typeof checkSafePublishing>[1], options));
  problems.push(...checkCalendarData(options.buildDate));

  return {
    problems: demoteDraftProblems(withLines(problems, raw), raw.entries),
    content: {
      partnership: data.partnership as Partnership | undefined,
      themes: (data.themes as Theme[] | undefined) ?? [],
      agencies: (data.agencies as Agency[] | undefined) ?? [],
      sectors: (data.sectors as Sector[] | undefined) ?? [],
      network: (data.network as Network | undefined) ?? { partnerships: [] },
      entries,
      public: Object.fromEntries(ENTRY_COLLECTION_NAMES.map((name) => [name, entries[name].filter((e) => e.state === 'public')])) as Record<EntryCollection, ValidEntry[]>,
    },
    states,
  };
}

function checkFeatured(entry: ValidEntry, ids: Record<string, ReadonlySet<string>>): Problem[] {
  const featured = (entry.data.featured as { collection: string; slug: string }[]) ?? [];
  return featured.flatMap((item, i) =>
    checkReferences(entry.file, item, [{ path: ['slug'], target: item.collection, where: `entry in content/${item.collection}/` }], ids).map((p) => ({ ...p, field: `featured[${i}].slug` })),
  );
}

function checkSevenMinute(entry: ValidEntry): Problem[] {
  if (entry.data.format !== 'seven-minute') return [];
  const count = countLevelTwoHeadings(entry.body);
  if (count === SEVEN_MINUTE_SECTIONS) return [];
  return [
    {
      code: 'seven-minute-sections',
      file: entry.file,
      field: 'format',
      message: `is "seven-minute", but the body has ${count} numbered section${count === 1 ? '' : 's'} (## headings) where exactly ${SEVEN_MINUTE_SECTIONS} are needed. ${count > SEVEN_MINUTE_SECTIONS ? 'Merge sections' : 'Add sections'} so there are seven, or choose another format such as learning-summary.`,
      severity: 'error',
    },
  ];
}

function checkContrast(file: string, partnership: Partnership): Problem[] {
  return checkBrandContrast(partnership.colours).map((f) => ({
    code: 'brand-contrast' as const,
    file,
    field: `colours.${f.field}`,
    message: `"${f.foreground}" on "${f.background}" has a contrast ratio of ${formatRatio(f.ratio)}, below the ${f.required}:1 that WCAG AA requires for ${f.use}. Choose a ${f.fix} ${f.field} colour so the ratio reaches at least ${f.required}:1.`,
    severity: 'error' as const,
  }));
}

function checkCycles(courses: ValidEntry[]): Problem[] {
  const nodes = courses.map((c) => ({ slug: c.slug, title: String(c.data.title), level: c.data.level as 'foundation', prerequisites: c.data.prerequisites as string[] }));
  const fileOf = new Map(courses.map((c) => [c.slug, c.file]));
  return findPrerequisiteCycles(nodes).map((cycle) => ({
    code: 'prerequisite-cycle' as const,
    file: fileOf.get(cycle[0]!) ?? 'content/courses/',
    field: 'prerequisites',
    message: `make a loop: ${cycle.join(' → ')}. A course cannot lead back to itself; remove one of these prerequisites (courses in the loop: ${[...new Set(cycle)].map((s) => fileOf.get(s)).join(', ')}).`,
    severity: 'error' as const,
  }));
}
