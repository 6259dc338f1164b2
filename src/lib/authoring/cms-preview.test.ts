import { describe, expect, test } from 'vitest';
import { previewDateOf, previewModelOf, type PreviewField } from './cms-preview.ts';

const fields: PreviewField[] = [
  { name: 'title', widget: 'string' },
  { name: 'published', label: 'Published', widget: 'datetime' },
  { name: 'draft', label: 'Draft', widget: 'boolean' },
  { name: 'themes', label: 'Themes', widget: 'select', options: [{ label: 'Neglect', value: 'neglect' }, { label: 'Online harm', value: 'online-harm' }] },
  { name: 'kind', label: 'Kind', widget: 'select', options: [{ label: 'Serious case review', value: 'scr' }] },
  { name: 'agencies', label: 'Agencies', widget: 'select', options: [{ label: 'Northvale Police', value: 'northvale-police' }] },
  { name: 'report', label: 'Report', widget: 'select', options: [{ label: 'Report not published', value: 'not-published' }] },
];

describe('previewModelOf', () => {
  test('shows kinds, themes and agencies by the names the site uses, not their ids', () => {
    const model = previewModelOf({ title: 'Child Q', summary: 'What happened.', published: '2026-11-02', themes: ['neglect', 'online-harm'], kind: 'scr', agencies: ['northvale-police'], report: 'not-published', keyMessages: ['Listen.'] }, fields);
    expect(model).toEqual({
      kicker: 'Serious case review',
      title: 'Child Q',
      summary: 'What happened.',
      facts: [
        { label: 'Published', value: '2 November 2026' },
        { label: 'Themes', value: 'Neglect, Online harm' },
        { label: 'Agencies', value: 'Northvale Police' },
        { label: 'Report', value: 'Report not published' },
      ],
      keyMessages: ['Listen.'],
    });
  });

  test('leaves out what is not filled in yet, and keeps an unknown value as written', () => {
    expect(previewModelOf({ title: '', themes: [], kind: 'lcspr' }, fields)).toEqual({ kicker: 'lcspr', title: '', summary: undefined, facts: [], keyMessages: [] });
  });
});

describe('previewDateOf', () => {
  test.each([
    ['2026-11-02', '2 November 2026'],
    ['2025-01-31', '31 January 2025'],
    ['soon', 'soon'],
  ])('writes %s as %s', (value, expected) => {
    expect(previewDateOf(value)).toBe(expected);
  });
});
