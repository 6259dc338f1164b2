/**
 * The training page's tree and level lists, from the public courses: the training page and the
 * level lists behind its "See all" links read the same cut.
 */
import { trainingOverview, type TrainingOverview } from '../lib/rules/training-overview.ts';
import type { Site } from './load.ts';

/** What the training page draws and lists (src/lib/rules/training-overview.ts). */
export function siteTraining(site: Pick<Site, 'courses'>): TrainingOverview {
  return trainingOverview(site.courses.map((c) => ({ slug: c.id, title: c.data.title, level: c.data.level, prerequisites: c.data.prerequisites })));
}
