import { describe, expect, test } from 'vitest';
import { withEntry, type validRawContent } from '../../../../tests/fixtures/valid-content.ts';
import { validateContent } from './index.ts';

const messagesFor = (raw: ReturnType<typeof validRawContent>, slug: string) =>
  validateContent(raw)
    .problems.filter((p) => p.file.endsWith(`/${slug}.mdx`))
    .map((p) => `${p.severity} ${p.field}${p.line ? `:${p.line}` : ''} ${p.message}`);

describe('unfinished content is refused', () => {
  test('the scaffold’s placeholder text left in a body, at its line', () => {
    const raw = withEntry('child-a', () => {}, '## What happened\n\nWrite this section here.\n');
    raw.entries.find((e) => e.slug === 'child-a')!.bodyLine = 12;
    expect(messagesFor(raw, 'child-a')).toEqual(['error body:14 still has the placeholder "Write this section here." that a new entry starts with. Write this part, or remove the line (and its heading if the section is not needed).']);
  });

  test('a ## section with nothing under it', () => {
    expect(messagesFor(withEntry('child-a', () => {}, '## What happened\n\nText.\n\n## What we learned\n'), 'child-a')).toEqual([
      'error body:5 the section "What we learned" has nothing under it. Write it, or remove the heading.',
    ]);
  });

  test('a review whose report is published but lists no document', () => {
    expect(messagesFor(withEntry('child-a', (d) => delete d.documents), 'child-a')).toEqual([
      'error report is "published", but `documents` lists no file, so the page would offer a report nobody can open. Add the report under `documents` (label, href, format), or set `report` to not-published or delayed.',
    ]);
  });

  test('in a draft, each is a warning that says the site was built without it', () => {
    const raw = withEntry('child-a', (d) => (d.draft = true), '## What happened\n\nWrite this section here.\n');
    raw.entries.find((e) => e.slug === 'child-a')!.draft = true;
    const [message] = messagesFor(raw, 'child-a');
    expect(message).toMatch(/^warning body:3 still has the placeholder/);
    expect(message).toContain('This entry is a draft, so the site was built without it; fix this before you publish it.');
  });
});

test('with a date in another form and an unknown theme, one run names both, each with its fix', () => {
  const raw = withEntry('child-a', (d) => {
    d.published = '31/12/2025';
    d.themes = ['neglct'];
  });
  expect(messagesFor(raw, 'child-a')).toEqual([
    'error published is "31/12/2025": expected a date written YYYY-MM-DD: write 2025-12-31.',
    'error themes[0] "neglct" does not match any theme id in content/themes.yaml. Did you mean "neglect"?',
  ]);
});

test('a required field left as the scaffold wrote it (`summary: # REQUIRED`) is called empty, not missing', () => {
  expect(messagesFor(withEntry('child-a', (d) => (d.summary = null)), 'child-a')).toEqual(['error summary is empty. Write text after `summary:`.']);
  expect(messagesFor(withEntry('child-a', (d) => delete d.summary), 'child-a')).toEqual(['error summary is required but missing. Add `summary:` with text.']);
});
