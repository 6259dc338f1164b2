import { describe, expect, it } from 'vitest';
import { validateContent } from './index.ts';
import { validRawContent, withEntry } from '../../../../tests/fixtures/valid-content.ts';

const BUILD = { buildDate: '2026-11-22' };
const fields = (raw: ReturnType<typeof validRawContent>, options = {}) => validateContent(raw, { ...BUILD, ...options }).problems.map((p) => `${p.severity} ${p.field}`);
const setPartnership = (raw: ReturnType<typeof validRawContent>, change: (p: Record<string, unknown>) => void) => {
  change(raw.dataFiles.find((f) => f.name === 'partnership')!.data as Record<string, unknown>);
  return raw;
};

describe('safe publishing in validation', () => {
  it('passes the valid fixture', () => {
    expect(fields(validRawContent())).toEqual([]);
  });

  it('fails a public review whose body names a person', () => {
    expect(fields(withEntry('child-a', () => {}, 'Seen by Jessica Okafor.'))).toEqual(['error body']);
  });

  it('fails a public briefing too', () => {
    const raw = validRawContent();
    raw.entries.find((e) => e.slug === 'child-a-briefing')!.body += '\n\nCall 07700 900123.';
    expect(fields(raw)).toEqual(['error body']);
  });

  it('leaves an embargoed or draft review alone until it goes live', () => {
    const later = withEntry('child-a', (d) => (d.published = '2027-01-01'), 'Seen by Jessica Okafor.');
    expect(fields(later)).toEqual([]);
    expect(fields(later, { buildDate: '2027-01-01' })).toEqual(['error body']);
    expect(fields(withEntry('child-a', (d) => (d.draft = true), 'Seen by Jessica Okafor.'))).toEqual([]);
  });

  it('refuses a retainUntil before retainMonths have passed', () => {
    expect(fields(withEntry('child-a', (d) => (d.retainUntil = '2025-06-01')))).toEqual(['error retainUntil']);
    const shorter = setPartnership(withEntry('child-a', (d) => (d.retainUntil = '2025-06-01')), (p) => (p.retainMonths = 3));
    expect(fields(shorter)).toEqual([]);
  });

  it('holds a review back when the checklist is on and a check is missing', () => {
    const on = setPartnership(withEntry('child-a', (d) => (d.checks = { familyInformed: true, panelSent: true })), (p) => (p.checklist = true));
    expect(fields(on)).toEqual(['error checks.proceedingsClear']);
  });

  it('fails a missing document file and corrects a wrong size with a warning', () => {
    const raw = withEntry('child-a', (d) => (d.documents = [
      { label: 'Full report', href: '/reports/a.pdf', format: 'pdf', bytes: 100 },
      { label: 'Response', href: '/reports/gone.pdf', format: 'pdf' },
      { label: 'National guidance', href: 'https://www.gov.uk/x', format: 'html' },
    ]));
    const documents = new Map([['/reports/a.pdf', { format: 'pdf', bytes: 5626, pages: 4 }], ['/reports/gone.pdf', null]]);
    expect(fields(raw, { documents })).toEqual(['warning documents[0].bytes', 'error documents[1].href']);
  });

  it('fails a missing document of an embargoed review now, not on the day it goes live', () => {
    const raw = withEntry('child-a', (d) => {
      d.published = '2027-01-01';
      d.documents = [{ label: 'Full report', href: '/reports/gone.pdf', format: 'pdf' }];
    });
    expect(fields(raw, { documents: new Map([['/reports/gone.pdf', null]]) })).toEqual(['error documents[0].href']);
  });
});
