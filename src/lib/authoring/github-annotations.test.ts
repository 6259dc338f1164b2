import { describe, expect, test } from 'vitest';
import type { Problem } from '../errors.ts';
import { githubAnnotationOf, githubAnnotationsOf } from './github-annotations.ts';

const problem = (extra: Partial<Problem>): Problem => ({ code: 'field-required', file: 'content/reviews/a.mdx', field: 'kind', message: 'is wrong.', severity: 'error', ...extra });

describe('githubAnnotationOf', () => {
  test.each([
    ['an error on a frontmatter line', problem({ line: 7 }), '::error file=content/reviews/a.mdx,line=7,title=kind (field-required)::is wrong.'],
    ['an error in the body with its column', problem({ field: 'body', line: 85, column: 3 }), '::error file=content/reviews/a.mdx,line=85,col=3,title=body (field-required)::is wrong.'],
    ['a warning as a warning', problem({ severity: 'warning', line: 2 }), '::warning file=content/reviews/a.mdx,line=2,title=kind (field-required)::is wrong.'],
    ['a problem of the whole file without a line', problem({ field: '' }), '::error file=content/reviews/a.mdx,title=The whole file (field-required)::is wrong.'],
    ['a column only with a line', problem({ column: 4 }), '::error file=content/reviews/a.mdx,title=kind (field-required)::is wrong.'],
  ])('writes %s', (_, input, expected) => {
    expect(githubAnnotationOf(input)).toBe(expected);
  });

  test('escapes what GitHub would read as the end of a property or of the command', () => {
    expect(githubAnnotationOf(problem({ field: 'period.to', file: 'content/a,b:c.mdx', line: 1, message: '100% sure\nsecond line' }))).toBe(
      '::error file=content/a%2Cb%3Ac.mdx,line=1,title=period.to (field-required)::100%25 sure%0Asecond line',
    );
  });
});

describe('githubAnnotationsOf', () => {
  test('names files from the checkout root, one command a line', () => {
    expect(githubAnnotationsOf([problem({ file: '/home/runner/work/site/content/reviews/a.mdx', line: 3 }), problem({ line: 4 })], '/home/runner/work/site')).toBe(
      '::error file=content/reviews/a.mdx,line=3,title=kind (field-required)::is wrong.\n::error file=content/reviews/a.mdx,line=4,title=kind (field-required)::is wrong.',
    );
  });
});
