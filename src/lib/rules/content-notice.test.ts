import { describe, expect, it } from 'vitest';
import { needsContentNotice } from './content-notice.ts';

const themes = [{ id: 'safer-sleep', contentNotice: true }, { id: 'neglect', contentNotice: false }];

describe('the content notice', () => {
  it.each([
    [['neglect', 'safer-sleep'], true],
    [['neglect'], false],
    [[], false],
  ])('themes %j need it: %s', (ids, expected) => {
    expect(needsContentNotice(ids, themes)).toBe(expected);
  });

  it.each<[string[], boolean | undefined, boolean]>([
    [['neglect'], true, true],
    [[], true, true],
    [['safer-sleep'], false, false],
    [['safer-sleep'], undefined, true],
    [['neglect'], undefined, false],
  ])('themes %j with the entry’s contentNotice %s: shown %s', (ids, own, expected) => {
    expect(needsContentNotice(ids, themes, own)).toBe(expected);
  });
});
