import { expect, test } from 'vitest';
import { suggestIsoDate } from './_primitives.ts';

test.each([
  ['31/12/2025', '2025-12-31'],
  ['1/3/2025', '2025-03-01'],
  ['31.12.2025', '2025-12-31'],
  ['31-12-2025', '2025-12-31'],
  ['2025/12/31', '2025-12-31'],
  ['2025-3-1', '2025-03-01'],
  ['3 March 2025', '2025-03-03'],
  ['3rd Mar 2025', '2025-03-03'],
  ['March 3, 2025', '2025-03-03'],
  ['31/02/2025', undefined],
  ['12/31/2025', undefined],
  ['next Tuesday', undefined],
])('suggestIsoDate(%j) is %j', (text, iso) => {
  expect(suggestIsoDate(text)).toBe(iso);
});
