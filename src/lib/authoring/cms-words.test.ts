import { describe, expect, test } from 'vitest';
import { characterCountOf, editorOptionsOf } from './cms-words.ts';

describe('characterCountOf', () => {
  test.each([
    ['', 300, '0 of 300 characters'],
    ['Zoë’s review', 300, '12 of 300 characters'],
    ['x'.repeat(300), 300, '300 of 300 characters'],
    ['x'.repeat(301), 300, '1 character too many (at most 300)'],
    ['x'.repeat(308), 300, '8 characters too many (at most 300)'],
  ])('counts %j against %i as "%s"', (text, max, expected) => {
    expect(characterCountOf(text, max)).toBe(expected);
  });
});

describe('editorOptionsOf', () => {
  test('names values by the first set of site labels that has them all', () => {
    expect(editorOptionsOf(['foundation', 'specialist'])).toEqual([{ label: 'Foundation (roots)', value: 'foundation' }, { label: 'Specialist (branches)', value: 'specialist' }]);
    expect(editorOptionsOf(['intake', 'specialist'])[1]).toEqual({ label: 'Specialist trainers', value: 'specialist' });
  });

  test('keeps a value no label set knows as it is', () => {
    expect(editorOptionsOf(['mystery'])).toEqual([{ label: 'mystery', value: 'mystery' }]);
  });
});
