import { describe, expect, test } from 'vitest';
import { buildCmsConfig, fieldLabelOf } from './cms-config.ts';
import { entryFields } from './collection-fields.ts';

const config = buildCmsConfig({
  collections: [
    { name: 'reviews', label: 'Reviews', labelSingular: 'Review', fields: entryFields('reviews'), body: '## About\n' },
    { name: 'briefings', label: 'Briefings', labelSingular: 'Briefing', fields: entryFields('briefings'), body: '' },
  ],
  options: { themes: [{ label: 'Neglect', value: 'neglect' }], agencies: [{ label: 'Northvale Police', value: 'northvale-police' }], sectors: [] },
  backend: { name: 'github', repo: 'northvale/learning' },
}) as { backend: object; collections: { name: string; fields: Record<string, unknown>[] }[] };
const field = (collection: string, name: string) => config.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;

describe('buildCmsConfig', () => {
  test('writes file names the build accepts: ASCII, accents cleaned, hyphens for the rest', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  test.each([
    ['a date as a date picker storing YYYY-MM-DD', 'reviews', 'published', { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, required: true }],
    ['the kind of review as a select of the allowed kinds', 'reviews', 'kind', { widget: 'select', options: expect.arrayContaining(['lcspr', 'dhr']), required: true }],
    ['themes as a select of the themes in the content', 'reviews', 'themes', { widget: 'select', multiple: true, options: [{ label: 'Neglect', value: 'neglect' }], required: false }],
    ['agencies as a select of the agencies in the content', 'reviews', 'agencies', { widget: 'select', multiple: true, options: [{ label: 'Northvale Police', value: 'northvale-police' }] }],
    ['a briefing’s sources as a live lookup of reviews by title', 'briefings', 'sources', { widget: 'relation', collection: 'reviews', value_field: '{{slug}}', multiple: true }],
    ['audiences as a multiple select', 'briefings', 'audiences', { widget: 'select', multiple: true, options: ['partnership', 'workforce', 'children-families', 'public'], min: 1 }],
    ['key messages as a list of one to seven lines', 'briefings', 'keyMessages', { widget: 'list', field: { name: 'item', label: 'Key messages', widget: 'string' }, min: 1, max: 7 }],
    ['the summary as a text area with its help text', 'reviews', 'summary', { widget: 'text', hint: expect.stringContaining('at most 300 characters') }],
    ['draft as a switch that starts on', 'reviews', 'draft', { widget: 'boolean', default: true }],
    ['the body as Markdown starting with the skeleton', 'reviews', 'body', { widget: 'markdown', default: '## About\n' }],
  ])('gives %s', (_, collection, name, expected) => {
    expect(field(collection, name)).toMatchObject(expected);
  });

  test('gives recommendations a group of fields per item, owners chosen from the agencies', () => {
    const recommendations = field('reviews', 'recommendations') as { widget: string; fields: Record<string, unknown>[] };
    expect(recommendations.widget).toBe('list');
    expect(recommendations.fields.map((f) => f.name)).toEqual(['id', 'text', 'owners', 'due', 'status', 'completed', 'impact']);
    expect(recommendations.fields.find((f) => f.name === 'owners')).toMatchObject({ widget: 'select', multiple: true });
  });

  test('saves each entry to its own branch and pull request, where the check runs before it reaches main', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  test('uses the backend it is given and keeps the local backend for testing on localhost', () => {
    expect(config).toMatchObject({ backend: { name: 'github', repo: 'northvale/learning', branch: 'main' }, local_backend: true, omit_empty_optional_fields: true });
  });
});

describe('fieldLabelOf', () => {
  test.each([
    ['title', 'Title'],
    ['keyMessages', 'Key messages'],
    ['durationMinutes', 'Duration minutes'],
  ])('labels %s as "%s"', (name, label) => {
    expect(fieldLabelOf(name)).toBe(label);
  });
});
