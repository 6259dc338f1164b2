import { describe, expect, test } from 'vitest';
import { needsExitThisPage } from './exit-this-page.ts';

const THEMES = [
  { id: 'domestic-abuse', exitThisPage: true },
  { id: 'neglect', exitThisPage: false },
];

describe('needsExitThisPage', () => {
  test.each<[string[], boolean]>([
    [['domestic-abuse'], true],
    [['neglect', 'domestic-abuse'], true],
    [['neglect'], false],
    [[], false],
    [['unknown-theme'], false],
  ])('a page about %o shows the button: %s', (ids, expected) => {
    expect(needsExitThisPage(ids, THEMES)).toBe(expected);
  });
});
