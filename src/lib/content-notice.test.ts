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
});
