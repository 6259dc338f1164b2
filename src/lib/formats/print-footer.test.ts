import { describe, expect, test } from 'vitest';
import { printFooterCss } from './print-footer.ts';

describe('printFooterCss', () => {
  test('names the partnership, its address and its site in a page-margin box of every printed page', () => {
    expect(printFooterCss({ name: 'Northvale SCP', address: 'Civic Centre, Northvale', siteUrl: 'https://learning.northvale.example/' })).toContain(
      '@page{@bottom-left{content:"Northvale SCP · Civic Centre, Northvale · learning.northvale.example";',
    );
  });

  test('an address with quotes or a backslash cannot break out of the CSS string', () => {
    expect(printFooterCss({ name: 'A "B" \\ C', siteUrl: 'https://x.example' })).toContain('content:"A \\"B\\" \\\\ C · x.example"');
  });
});
