import { describe, expect, test } from 'vitest';
import { entriesOnThemes, neighbourEntries, type NeighbourEntry } from './entries.ts';
import { nationalKeys } from './national.ts';

const neighbour = { name: 'Eastshire SCP', url: 'https://east.example/' };
const theme = (panel: string[], nspcc: string[] = []) => ({ id: 'local-id', name: 'Local', panel, nspcc });
const review = (over: Record<string, unknown>) => ({ id: 'r', url: 'https://east.example/reviews/r/', title: 'Review R', summary: 'S', published: '2025-01-01', themes: [theme(['Neglect'])], kind: 'lcspr', report: 'published', ...over });
const briefing = (over: Record<string, unknown>) => ({ id: 'b', url: 'https://east.example/briefings/b/', title: 'Briefing B', summary: 'S', published: '2025-02-01', themes: [theme(['Neglect'])], format: 'seven-minute', ...over });
const read = (reviews: object[], briefings: object[] = []) => neighbourEntries(neighbour, { reviews: { items: reviews }, briefings: { items: briefings } } as never, '2026-12-01');

describe('what crosses from a neighbour', () => {
  test('an entry keeps its title, date and link, names the partnership from network.yaml and labels its kind', () => {
    const [entry] = read([review({ partnership: 'Something else' })]);
    expect(entry).toMatchObject({ partnership: 'Eastshire SCP', title: 'Review R', url: 'https://east.example/reviews/r/', type: 'Local child safeguarding practice review', withdrawn: false, national: ['panel:neglect'] });
  });

  test('a withdrawn report stays withdrawn', () => {
    expect(read([review({ report: 'withdrawn' })])[0]!.withdrawn).toBe(true);
  });

  test.each([
    ['a link to another site', { url: 'https://evil.example/reviews/r/' }],
    ['a javascript: link', { url: 'javascript:alert(1)' }],
    ['an entry dated after the build date (an embargo the neighbour’s file should not hold)', { published: '2027-01-01' }],
  ])('%s is left out', (_, over) => {
    expect(read([review(over)], [briefing(over)])).toEqual([]);
  });
});

describe('matching through the national vocabularies', () => {
  const entry = (title: string, published: string, themes: { panel: string[]; nspcc: string[] }[]): NeighbourEntry => ({ partnership: 'E', collection: 'reviews', title, summary: '', url: '', published, type: '', withdrawn: false, national: themes.flatMap(nationalKeys) });
  const entries = [
    entry('Old neglect', '2020-01-01', [theme(['Neglect'])]),
    entry('New neglect', '2025-01-01', [theme([], ['Chronic  Neglect'])]),
    entry('Exploitation', '2024-01-01', [theme(['Child criminal exploitation'])]),
  ];

  test('different local ids meet through a shared Panel theme or NSPCC keyword, newest first', () => {
    const mine = theme(['Neglect'], ['Chronic neglect', 'Emotional neglect']);
    expect(entriesOnThemes(entries, nationalKeys(mine)).shown.map((e) => e.title)).toEqual(['New neglect', 'Old neglect']);
  });

  test('the list is capped and the count says how many there are in all', () => {
    const result = entriesOnThemes(entries, nationalKeys(theme(['Neglect', 'Child criminal exploitation'], ['Chronic neglect'])), 2);
    expect(result.count).toBe(3);
    expect(result.shown.map((e) => e.title)).toEqual(['New neglect', 'Exploitation']);
  });

  test('a theme with no national terms meets nothing', () => {
    expect(entriesOnThemes(entries, nationalKeys(theme([]))).count).toBe(0);
  });
});
