import type { EntryCollection } from '../../../schemas/index.ts';
import type { ReferenceRule } from './_references.ts';

const theme: ReferenceRule = { path: ['themes', '*'], target: 'themes', where: 'theme id in content/themes.yaml' };
const priority: ReferenceRule = { path: ['priorities', '*'], target: 'priorities', where: 'priority in content/priorities/' };
const sector: ReferenceRule = { path: ['sectors', '*'], target: 'sectors', where: 'sector id in content/sectors.yaml' };

/** Which fields of each collection name other entries, and which set they must be in. */
export const ENTRY_REFERENCES: Record<EntryCollection, readonly ReferenceRule[]> = {
  reviews: [
    theme,
    priority,
    sector,
    { path: ['agencies', '*'], target: 'agencies', where: 'agency id in content/agencies.yaml' },
    { path: ['recommendations', '*', 'owners', '*'], target: 'agencies', where: 'agency id in content/agencies.yaml' },
  ],
  briefings: [
    theme,
    priority,
    sector,
    { path: ['sources', '*'], target: 'reviews', where: 'review in content/reviews/' },
    { path: ['courses', '*'], target: 'courses', where: 'course in content/courses/' },
  ],
  courses: [theme, priority, sector, { path: ['prerequisites', '*'], target: 'courses', where: 'course in content/courses/' }],
  priorities: [theme],
  newsletters: [theme, priority],
  pages: [],
};

export const AGENCY_REFERENCES: readonly ReferenceRule[] = [{ path: ['*', 'sector'], target: 'sectors', where: 'sector id in content/sectors.yaml' }];
