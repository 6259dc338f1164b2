import { describe, expect, test } from 'vitest';
import { reviewSectors, roleWords } from './sectors.ts';

const agencies = new Map<string, string | undefined>([['police', 'police'], ['icb', 'health'], ['hospital', 'health'], ['charity', undefined]]);

describe('reviewSectors', () => {
  test.each([
    ['the sectors of its agencies, each once', { agencies: ['police', 'icb', 'hospital'] }, ['police', 'health']],
    ['nothing for an agency without a sector', { agencies: ['charity'] }, []],
    ['the editor’s sectors instead, when given', { agencies: ['police', 'icb'], sectors: ['education'] }, ['education']],
    ['no sector when the editor gives an empty list', { agencies: ['police'], sectors: [] }, []],
  ])('a review gets %s', (_name, review, expected) => expect(reviewSectors(review, agencies)).toEqual(expected));
});

describe('roleWords', () => {
  const sectors: Record<string, { name: string; roles: string[] }> = {
    health: { name: 'Health', roles: ['health visitor', 'midwife'] },
    education: { name: 'Education', roles: ['designated safeguarding lead'] },
    housing: { name: 'Housing', roles: [] },
  };
  test.each([
    [['health'], 'Health: health visitor, midwife.'],
    [['health', 'education'], 'Health: health visitor, midwife. Education: designated safeguarding lead.'],
    [['housing', 'unknown'], 'Housing.'],
    [[], ''],
  ])('sectors %j are searchable as "%s"', (ids, expected) => expect(roleWords(ids, (id) => sectors[id])).toBe(expected));
});
