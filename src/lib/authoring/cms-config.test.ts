import { describe, expect, test } from 'vitest';
import { buildCmsConfig, lengthPatternOf } from './cms-config.ts';
import { entryFields } from './collection-fields.ts';
import { bodySkeleton } from './scaffold.ts';
import { ENTRY_COLLECTION_NAMES } from '../../schemas/index.ts';

type Field = Record<string, unknown> & { name: string; fields?: Field[]; field?: Field };
const config = buildCmsConfig({
  collections: ENTRY_COLLECTION_NAMES.map((name) => ({
    name,
    label: name,
    labelSingular: name,
    fields: entryFields(name),
    body: bodySkeleton(name, name === 'briefings' ? { format: 'seven-minute' } : {}),
  })),
  options: { themes: [{ label: 'Neglect', value: 'neglect' }], agencies: [{ label: 'Northvale Police', value: 'northvale-police' }], sectors: [] },
  backend: { name: 'github', repo: 'northvale/learning' },
}) as { backend: object; publish_mode: string; slug: object; collections: { name: string; fields: Field[] }[] };
const fieldsOf = (collection: string) => config.collections.find((c) => c.name === collection)!.fields;
const field = (collection: string, name: string) => {
  const [head, ...rest] = name.split('.');
  let found = fieldsOf(collection).find((f) => f.name === head)!;
  for (const part of rest) found = found.fields!.find((f) => f.name === part)!;
  return found;
};
/** Every field of every collection, sub-fields and list items included, with its path. */
function everyField(): [string, Field][] {
  const walk = (path: string, f: Field): [string, Field][] => [[path, f], ...(f.fields ?? []).flatMap((s) => walk(`${path}.${s.name}`, s)), ...(f.field ? walk(`${path}[]`, f.field) : [])];
  return config.collections.flatMap((c) => c.fields.flatMap((f) => walk(`${c.name}.${f.name}`, f)));
}

describe('buildCmsConfig', () => {
  test('writes file names the build accepts: ASCII, accents cleaned, hyphens for the rest', () => {
    expect((config as Record<string, unknown>).slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  test.each([
    ['a date as a date picker storing YYYY-MM-DD, without time or time zone shift', 'reviews', 'published', { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: false, required: true }],
    ['the kind of review as a select with the site’s names', 'reviews', 'kind', { widget: 'select', options: expect.arrayContaining([{ label: 'Local child safeguarding practice review', value: 'lcspr' }, { label: 'Domestic homicide review', value: 'dhr' }]), required: true }],
    ['a recommendation’s status with the site’s names', 'reviews', 'recommendations.status', { options: [{ label: 'Not started', value: 'not-started' }, { label: 'In progress', value: 'in-progress' }, { label: 'Complete', value: 'complete' }, { label: 'Not achieved', value: 'not-achieved' }] }],
    ['the report status with the site’s names', 'reviews', 'report', { options: expect.arrayContaining([{ label: 'Publication delayed', value: 'delayed' }]) }],
    ['age groups in words', 'reviews', 'ageGroups', { widget: 'select', multiple: true, options: expect.arrayContaining([{ label: 'Under 1', value: 'under-1' }]) }],
    ['themes as a select of the themes in the content', 'reviews', 'themes', { widget: 'select', multiple: true, options: [{ label: 'Neglect', value: 'neglect' }], required: false }],
    ['agencies as a select of the agencies in the content', 'reviews', 'agencies', { widget: 'select', multiple: true, options: [{ label: 'Northvale Police', value: 'northvale-police' }] }],
    ['a briefing’s sources as a live lookup of reviews by title', 'briefings', 'sources', { widget: 'relation', collection: 'reviews', value_field: '{{slug}}', multiple: true }],
    ['audiences as a multiple select with the site’s names', 'briefings', 'audiences', { widget: 'select', multiple: true, options: expect.arrayContaining([{ label: 'Children and families', value: 'children-families' }]), min: 1 }],
    ['the briefing format with the site’s names and what a 7-minute briefing needs', 'briefings', 'format', { options: expect.arrayContaining([{ label: '7-minute briefing', value: 'seven-minute' }]), hint: expect.stringContaining('exactly seven numbered sections') }],
    ['a course level and delivery with the site’s names', 'courses', 'level', { options: expect.arrayContaining([{ label: 'Foundation (roots)', value: 'foundation' }]) }],
    ['key messages as a list of one to seven lines, none blank', 'briefings', 'keyMessages', { widget: 'list', field: { name: 'item', label: 'Key messages', widget: 'string', pattern: ['\\S', expect.any(String)] }, min: 1, max: 7 }],
    ['the summary as a text area with a counter, limited to 300 characters, saying so', 'reviews', 'summary', { widget: 'counted-text', maxlength: 300, pattern: [expect.stringContaining('{1,300}'), expect.stringContaining('at most 300 characters')], hint: expect.stringContaining('at most 300 characters') }],
    ['the title as text that cannot be only spaces', 'courses', 'title', { widget: 'string', pattern: ['\\S', 'Write some words here, not only spaces'] }],
    ['slugs of other files with the id pattern', 'newsletters', 'featured.slug', { pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)] }],
    ['draft as a switch that starts on', 'reviews', 'draft', { widget: 'boolean', default: true }],
    ['the search switch in editors’ words', 'pages', 'pagefind', { widget: 'boolean', label: 'Show in site search', hint: 'Untick to leave this page out of the site search.' }],
    ['a document’s file as a file picker that also takes an address', 'reviews', 'documents.href', { widget: 'file', label: 'File', choose_url: true }],
    ['a document’s size hidden: it is read from the file', 'reviews', 'documents.bytes', { widget: 'hidden', required: false }],
    ['the body as Markdown starting with the skeleton, with no code blocks', 'reviews', 'body', { widget: 'markdown', default: bodySkeleton('reviews'), editor_components: ['image'] }],
    ['a briefing’s body as the seven sections of a 7-minute briefing, saying so', 'briefings', 'body', { default: expect.stringContaining('## 7. Find out more'), hint: expect.stringContaining('seven numbered sections') }],
  ])('gives %s', (_, collection, name, expected) => {
    expect(field(collection, name)).toMatchObject(expected);
  });

  test.each([
    ['reviews', 'period'],
    ['reviews', 'timeline'],
    ['reviews', 'checks'],
    ['courses', 'evaluation'],
    ['priorities', 'period'],
    ['newsletters', 'period'],
  ])('%s: the optional group %s has no field the form demands (Decap issue #2103)', (collection, name) => {
    const group = field(collection, name);
    if (group.required) return expect(group.required).toBe(true);
    expect(group.collapsed).toBe(true);
    expect(group.fields!.filter((f) => f.required).map((f) => f.name)).toEqual([]);
  });

  test('keeps the fields of a required group and of each list item required', () => {
    expect(field('reviews', 'recommendations').fields!.filter((f) => f.required).map((f) => f.name)).toEqual(['id', 'text', 'owners', 'due', 'status']);
  });

  test('gives every choice a human name for each value', () => {
    const choices = everyField().filter(([, f]) => Array.isArray(f.options));
    expect(choices.length).toBeGreaterThan(10);
    for (const [path, f] of choices) {
      for (const option of f.options as { label: string; value: string }[]) expect(option.label, `${path}: ${option.value}`).not.toBe(option.value);
    }
  });

  test('shows no developer words: no date format, raw value list, file path or "Pagefind"', () => {
    for (const [path, f] of everyField()) {
      const words = `${String(f.label)} ${String(f.hint ?? '')}`;
      expect(words, path).not.toMatch(/YYYY-MM-DD|content\/\w+|\S \| \S|Default|Pagefind|Href|\bids?\b/);
    }
  });

  test('saves each entry to its own branch and pull request, where the check runs before it reaches main', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  test('requires nothing inside an optional group, so a briefing without media can be saved', () => {
    const media = field('briefings', 'media') as unknown as { required: boolean; fields: { name: string; required: boolean }[] };
    expect(media.required).toBe(false);
    expect(media.fields.map((f) => [f.name, f.required])).toEqual([['src', false], ['captions', false], ['poster', false]]);
    const recommendations = field('reviews', 'recommendations') as unknown as { fields: { name: string; required: boolean }[] };
    expect(recommendations.fields.find((f) => f.name === 'id')!.required).toBe(true);
  });

  test('uses the backend it is given and offers no local backend unless asked', () => {
    expect(config).toMatchObject({ backend: { name: 'github', repo: 'northvale/learning', branch: 'main' }, omit_empty_optional_fields: true });
    expect(config).not.toHaveProperty('local_backend');
  });

  test('offers the local backend (npx decap-server) when asked, as the dev server does', () => {
    const dev = buildCmsConfig({ collections: [], options: {}, backend: { name: 'github' }, localBackend: true });
    expect(dev).toMatchObject({ local_backend: true });
  });
});

describe('lengthPatternOf', () => {
  const accepts = (field: { min?: number; max?: number }, text: string) => new RegExp(lengthPatternOf(field)![0]).test(text);
  test.each([
    [{ min: 1, max: 300 }, 'x'.repeat(300), true],
    [{ min: 1, max: 300 }, 'x'.repeat(301), false],
    [{ min: 1, max: 300 }, '   ', false],
    [{ min: 1, max: 300 }, 'Two lines\nof summary.', true],
    [{ min: 1 }, ' a ', true],
    [{ min: 1 }, ' \n ', false],
  ])('%o accepts %j: %s', (field, text, expected) => {
    expect(accepts(field, text)).toBe(expected);
  });

  test('leaves text without limits alone', () => {
    expect(lengthPatternOf({})).toBeUndefined();
  });
});
