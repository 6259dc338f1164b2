import { describe, expect, test } from 'vitest';
import { fieldPath, readYaml } from './yaml-source.ts';

describe('readYaml', () => {
  test('knows the line of every field, counted in the whole file', () => {
    const yaml = readYaml('title: A\nthemes:\n  - neglect\n  - neglct\nrecommendations:\n  - id: R1\n    owners: [police, helth]\n', 2);
    expect(yaml.ok).toBe(true);
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['themes', 1])).toBe(5);
    expect(yaml.lineOf(['recommendations', 0, 'owners', 1])).toBe(8);
    // A missing field gets its parent's line.
    expect(yaml.lineOf(['recommendations', 0, 'due'])).toBe(7);
  });

  test('a byte-order mark at the start is ignored', () => {
    expect(readYaml('\uFEFF- id: neglect\n  name: Neglect\n').data).toEqual([{ id: 'neglect', name: 'Neglect' }]);
  });

  test.each([
    ['an unclosed quote, at the line it opens', 'title: A\nsummary: "unclosed\nkind: lcspr\n', 3, /^Missing closing "quote$/],
    ['a bad indent, at its line', 'themes:\n  - a\n - b\n', 4, /./],
    ['a field written twice', 'title: A\ntitle: B\n', 3, /Map keys must be unique/],
  ])('reports %s', (_what, text, line, message) => {
    const yaml = readYaml(text, 2);
    expect(yaml.ok).toBe(false);
    expect(yaml.errors[0]!.line).toBe(line);
    expect(yaml.errors[0]!.message).toMatch(message);
  });

  test('an alias bomb is refused with a reason, not read', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const yaml = readYaml(bomb);
    expect(yaml.ok).toBe(false);
    expect(yaml.errors[0]!.message).toMatch(/repeats anchors \(&name \/ \*name\) more than 50 times/);
  });

  test('nesting deeper than any field needs is refused', () => {
    const yaml = readYaml(`a: ${'['.repeat(60)}${']'.repeat(60)}\n`);
    expect(yaml.ok).toBe(false);
    expect(yaml.errors[0]!.message).toMatch(/nested more than 40 levels deep/);
  });
});

test.each([
  ['title', ['title']],
  ['themes[1]', ['themes', 1]],
  ['recommendations[1].owners[0]', ['recommendations', 1, 'owners', 0]],
  ['colours.accent', ['colours', 'accent']],
])('fieldPath(%j) is %j', (field, path) => {
  expect(fieldPath(field)).toEqual(path);
});

test('a field that is not in the YAML at all (a body problem) has no line, not the first line', () => {
  expect(readYaml('title: A\n', 2).lineOf(['body'])).toBeUndefined();
});
