import { expect, test } from 'vitest';
import { withEntry } from '../../tests/fixtures/valid-content.ts';
import { validateContent } from '../lib/checks/validation/index.ts';
import { PROBLEMS, isProblemCode } from './catalogue.ts';

test('every problem from a badly broken entry carries a code from the catalogue', () => {
  const raw = withEntry(
    'child-a',
    (d) => {
      d.published = '31/12/2025';
      d.kind = 'lcsp';
      d.themes = ['neglct'];
      d.colour = 'blue';
      delete d.summary;
      delete d.documents;
    },
    '## What happened\n\nWrite this section here.\n\n## Empty\n\n{process.env.X} <iframe src="https://x.example"></iframe> [a](javascript:alert(1))\n\nSeen by Jessica Okafor.\n',
  );
  const { problems } = validateContent(raw, { buildDate: '2026-12-01' });
  expect(problems.length).toBeGreaterThan(8);
  expect(problems.filter((p) => !isProblemCode(p.code))).toEqual([]);
  expect(new Set(problems.map((p) => p.code))).toEqual(
    new Set(['field-date', 'field-value', 'field-unknown', 'field-required', 'reference-unknown', 'unfinished-placeholder', 'unfinished-report', 'body-code', 'body-html', 'body-url']),
  );
});

test('every code in the catalogue is stable kebab-case with a title and a hint', () => {
  for (const [code, spec] of Object.entries(PROBLEMS)) {
    expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(spec.title.length).toBeGreaterThan(10);
    expect(spec.hint.length).toBeGreaterThan(10);
  }
});
