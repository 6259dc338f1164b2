import { describe, expect, test } from 'vitest';
import { reviewSectors } from './sectors.ts';

const agencies = new Map<string, string | undefined>([['police', 'police'], ['icb', 'health'], ['hospital', 'health'], ['charity', undefined]]);

describe('reviewSectors', () => {
  test.each([
    ['the sectors of its agencies, each once', { agencies: ['police', 'icb', 'hospital'] }, ['police', 'health']],
    ['nothing for an agency without a sector', { agencies: ['charity'] }, []],
    ['the editor’s sectors instead, when given', { agencies: ['police', 'icb'], sectors: ['education'] }, ['education']],
    ['no sector when the editor gives an empty list', { agencies: ['police'], sectors: [] }, []],
  ])('a review gets %s', (_name, review, expected) => expect(reviewSectors(review, agencies)).toEqual(expected));
});
