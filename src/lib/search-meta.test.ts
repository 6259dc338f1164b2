import { describe, expect, test } from 'vitest';
import { searchMetaOf, UNDATED, type SearchableCollection, type SearchableData, type SearchNames } from './search-meta.ts';

const NAMES: SearchNames = {
  theme: (id) => ({ neglect: 'Neglect', 'voice-of-the-child': 'Voice of the child' })[id],
  agency: (id) => ({ police: 'Northvale Police', council: 'Northvale Council' })[id],
  sector: (id) => ({ health: 'Health', education: 'Education' })[id],
};

describe('searchMetaOf', () => {
  test.each<[string, SearchableCollection, SearchableData, ReturnType<typeof searchMetaOf>['filters']]>([
    [
      'a review is filtered by type, theme names, agency names, year and kind of review',
      'reviews',
      { title: 'Child Q', summary: 'S', published: '2025-03-14', themes: ['neglect'], agencies: ['police', 'council'], kind: 'lcspr' },
      { type: ['Review'], theme: ['Neglect'], agency: ['Northvale Police', 'Northvale Council'], year: ['2025'], kind: ['Local child safeguarding practice review'] },
    ],
    [
      'a briefing is filtered by audience labels, sector names and briefing format',
      'briefings',
      { title: 'B', summary: 'S', published: '2024-01-02', audiences: ['workforce', 'children-families'], sectors: ['health'], format: 'seven-minute' },
      { type: ['Briefing'], year: ['2024'], audience: ['Workforce', 'Children and families'], sector: ['Health'], format: ['7-minute briefing'] },
    ],
    [
      'a course is filtered by its themes and sectors',
      'courses',
      { title: 'C', summary: 'S', published: '2023-09-01', themes: ['voice-of-the-child'], sectors: ['education', 'health'] },
      { type: ['Course'], theme: ['Voice of the child'], year: ['2023'], sector: ['Education', 'Health'] },
    ],
    [
      'a priority without a published date takes its year from the start of its period',
      'priorities',
      { title: 'P', summary: 'S', period: { from: '2024-04-01', to: '2027-03-31' }, themes: ['neglect'] },
      { type: ['Priority'], theme: ['Neglect'], year: ['2024'] },
    ],
    ['a theme page is filtered under its own theme', 'themes', { title: 'Neglect', summary: 'S' }, { type: ['Theme'], theme: ['Neglect'] }],
    ['a page without a date has only its type', 'pages', { title: 'About us' }, { type: ['Page'] }],
    ['an id missing from the data files shows as itself', 'reviews', { title: 'R', published: '2020-01-01', themes: ['gone'] }, { type: ['Review'], theme: ['gone'], year: ['2020'] }],
  ])('%s', (_name, collection, data, filters) => {
    expect(searchMetaOf(collection, data, NAMES).filters).toEqual(filters);
  });

  test('the same agency named twice is one filter value', () => {
    expect(searchMetaOf('reviews', { title: 'R', agencies: ['police', 'police'] }, NAMES).filters.agency).toEqual(['Northvale Police']);
  });

  test('a kind or format on the wrong collection is not a filter', () => {
    const filters = searchMetaOf('courses', { title: 'C', kind: 'lcspr', format: 'video' }, NAMES).filters;
    expect(filters).toEqual({ type: ['Course'] });
  });

  test('a result shows the title, type, summary and date', () => {
    expect(searchMetaOf('reviews', { title: 'Child Q', summary: 'What happened.', published: '2025-03-14' }, NAMES).meta).toEqual({
      title: 'Child Q',
      type: 'Review',
      summary: 'What happened.',
      date: '2025-03-14',
    });
  });

  test.each<[string, SearchableData, string]>([
    ['a dated entry sorts by its published date', { title: 'A', published: '2025-03-14' }, '2025-03-14'],
    ['a priority sorts by the start of its period', { title: 'P', period: { from: '2024-04-01', to: '2027-03-31' } }, '2024-04-01'],
    ['an undated page still sorts, after every dated one', { title: 'About' }, UNDATED],
  ])('%s', (_name, data, sortDate) => {
    expect(searchMetaOf('pages', data, NAMES).sort.date).toBe(sortDate);
  });

  test('an undated page shows no date in its result', () => {
    expect(searchMetaOf('pages', { title: 'About' }, NAMES).meta).toEqual({ title: 'About', type: 'Page' });
  });
});
