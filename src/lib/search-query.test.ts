import { describe, expect, test } from 'vitest';
import { describeResults, excerptAddsContext, excerptIsRoleList, hasCriteria, readSearchState, toPagefindOptions, writeSearchState, type SearchState } from './search-query.ts';

const state = (q: string, filters: SearchState['filters'] = {}, sort: SearchState['sort'] = 'relevance'): SearchState => ({ q, filters, sort });

describe('readSearchState', () => {
  test.each<[string, string, SearchState]>([
    ['a linked query is read from q', 'q=neglect', state('neglect')],
    ['spaces around the words are dropped', 'q=%20%20neglect%20', state('neglect')],
    ['no query is an empty search', '', state('')],
    ['repeated filter parameters are alternatives of one filter', 'q=x&theme=Neglect&theme=Online%20safety', state('x', { theme: ['Neglect', 'Online safety'] })],
    ['a value repeated twice counts once', 'type=Review&type=Review', state('', { type: ['Review'] })],
    ['unknown parameters and empty values are ignored', 'q=x&utm_source=mail&type=', state('x')],
    ['sort=date sorts newest first', 'q=x&sort=date', state('x', {}, 'date')],
    ['any other sort is best match', 'q=x&sort=title', state('x')],
    ['others=1 includes the other partnerships', 'q=x&others=1', { ...state('x'), others: true }],
    ['any other value of others keeps to this site', 'q=x&others=yes', state('x')],
  ])('%s', (_name, query, expected) => {
    expect(readSearchState(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('writeSearchState', () => {
  test.each<[string, SearchState, string]>([
    ['a plain search is just q', state('neglect'), 'q=neglect'],
    ['filters follow in the page’s order, whatever order they were chosen in', state('x', { year: ['2024'], type: ['Review'] }), 'q=x&type=Review&year=2024'],
    ['sorting by date is written, best match is not', state('x', {}, 'date'), 'q=x&sort=date'],
    ['an empty search is an empty query string', state(''), ''],
    ['including other partnerships is written last', { ...state('x', {}, 'date'), others: true }, 'q=x&sort=date&others=1'],
    ['words with spaces and quotes survive', state('child “Q” neglect'), 'q=child+%E2%80%9CQ%E2%80%9D+neglect'],
  ])('%s', (_name, input, expected) => {
    expect(writeSearchState(input)).toBe(expected);
  });

  test('what is written reads back the same', () => {
    const original = state('missed appointments', { theme: ['Neglect', 'Voice of the child'], agency: ["Northvale Council Children's Services"] }, 'date');
    expect(readSearchState(new URLSearchParams(writeSearchState(original)))).toEqual(original);
  });
});

describe('hasCriteria', () => {
  test.each<[string, SearchState, boolean]>([
    ['words are something to search for', state('neglect'), true],
    ['a filter alone is something to search for', state('', { type: ['Course'] }), true],
    ['nothing typed and nothing chosen is not', state('', {}, 'date'), false],
    ['a filter with no values is not', state('', { type: [] }), false],
  ])('%s', (_name, input, expected) => {
    expect(hasCriteria(input)).toBe(expected);
  });
});

describe('toPagefindOptions', () => {
  test('values of one filter are alternatives and each chosen filter must match', () => {
    expect(toPagefindOptions(state('x', { theme: ['Neglect', 'Online safety'], type: ['Review'], year: [] }))).toEqual({
      filters: { theme: { any: ['Neglect', 'Online safety'] }, type: { any: ['Review'] } },
    });
  });

  test('sorting by date asks for the newest first', () => {
    expect(toPagefindOptions(state('x', {}, 'date'))).toEqual({ filters: {}, sort: { date: 'desc' } });
  });
});

describe('describeResults', () => {
  test.each<[string, number, SearchState, string]>([
    ['one result is singular', 1, state('neglect'), '1 result for “neglect”'],
    ['many results are counted', 12, state('neglect'), '12 results for “neglect”'],
    ['chosen filters are counted', 3, state('neglect', { type: ['Review'], year: ['2024', '2025'] }), '3 results for “neglect” with 3 filters'],
    ['filters without words still say how many', 5, state('', { type: ['Course'] }), '5 results with 1 filter'],
    ['no results says what to try', 0, state('neglct'), 'No results for “neglct”. Check the spelling, try fewer or other words.'],
    ['no results with filters suggests removing one', 0, state('neglect', { year: ['2019'] }), 'No results for “neglect” with 1 filter. Check the spelling, try fewer or other words, or remove a filter.'],
  ])('%s', (_name, count, input, expected) => {
    expect(describeResults(count, input)).toBe(expected);
  });
});

describe('excerptAddsContext', () => {
  test.each<[string, string, string, string, boolean]>([
    ['a word already in the summary needs no excerpt', 'Child A', 'Long-term neglect at home.', 'neglect', false],
    ['a word already in the title needs no excerpt', 'Understanding Neglect', 'A full-day course.', 'NEGLECT', false],
    ['a word found only in the text needs the excerpt to show where', 'Child D', 'A review of exploitation.', 'handover', true],
    ['one of several words missing from both needs the excerpt', 'Safer sleep', 'Babies and sleep.', 'safer sleep alcohol', true],
    ['no words need no excerpt', 'Child D', 'A review.', '', false],
  ])('%s', (_name, title, summary, q, expected) => {
    expect(excerptAddsContext(title, summary, q)).toBe(expected);
  });
});

describe('excerptIsRoleList', () => {
  const roles = 'Health: health visitor, midwife, GP. Education: designated safeguarding lead.';
  test.each([
    ['…<mark>Health</mark>: <mark>health</mark> <mark>visitor</mark>, midwife, GP…', true],
    ['…the <mark>health</mark> <mark>visitor</mark> saw the baby at home twice…', false],
    ['…<mark>neglect</mark> was missed by every agency…', false],
  ])('%s is the role list: %s', (excerpt, expected) => expect(excerptIsRoleList(excerpt, roles)).toBe(expected));

  test('no roles, no role list', () => expect(excerptIsRoleList('…midwife, GP…', '')).toBe(false));
});
