import { describe, expect, test } from 'vitest';
import { measureEditDistance, suggestClosest } from './suggest.ts';

const THEMES = [
  'neglect',
  'domestic-abuse',
  'sexual-abuse',
  'physical-abuse',
  'emotional-abuse',
  'criminal-exploitation',
  'sexual-exploitation',
  'online-safety',
  'mental-health',
  'substance-misuse',
  'safe-sleep',
  'self-harm',
];

describe('measureEditDistance', () => {
  test.each([
    ['neglect', 'neglect', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['neglet', 'neglect', 1],
    ['neglectt', 'neglect', 1],
    ['neglact', 'neglect', 1],
    ['negelct', 'neglect', 1],
    ['ca', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('from "%s" to "%s" takes %i edits', (a, b, expected) => {
    expect(measureEditDistance(a, b)).toBe(expected);
  });
});

describe('suggestClosest', () => {
  test.each<[string, string[]]>([
    ['neglet', ['neglect']],
    ['negelct', ['neglect']],
    ['Neglect', ['neglect']],
    [' neglect ', ['neglect']],
    ['domestic abuse', ['domestic-abuse']],
    ['domestic-abus', ['domestic-abuse']],
    ['self-harms', ['self-harm']],
    ['safe-sleeping', ['safe-sleep']],
    ['sexual-abuse', ['sexual-abuse']],
    ['sexual', ['sexual-abuse', 'sexual-exploitation']],
    ['abuse', ['sexual-abuse', 'domestic-abuse', 'physical-abuse']],
    ['exploitation', ['sexual-exploitation', 'criminal-exploitation']],
    ['mental-health-and-wellbeing', ['mental-health']],
    ['cse', []],
    ['radicalisation', []],
    ['', []],
  ])('"%s" suggests %j', (value, expected) => {
    expect(suggestClosest(value, THEMES)).toEqual(expected);
  });

  test('closer candidates come first and equally close ones are alphabetical', () => {
    expect(suggestClosest('bat', ['cat', 'bag', 'bath', 'rat'], 4)).toEqual(['bag', 'bath', 'cat', 'rat']);
  });

  test('no more than `max` candidates are suggested', () => {
    expect(suggestClosest('abuse', THEMES, 1)).toEqual(['sexual-abuse']);
    expect(suggestClosest('abuse', THEMES, 5)).toEqual(['sexual-abuse', 'domestic-abuse', 'physical-abuse', 'emotional-abuse']);
  });

  test('a short value is not matched against wholly different ids', () => {
    expect(suggestClosest('dv', ['ab', 'dva', 'cv'])).toEqual(['cv', 'dva']);
  });

  test('candidates listed twice are suggested once', () => {
    expect(suggestClosest('neglet', ['neglect', 'neglect'])).toEqual(['neglect']);
  });
});
