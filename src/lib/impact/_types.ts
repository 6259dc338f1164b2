/**
 * What the impact figures read: the public entries only, exactly as `loadSite()` hands them
 * over. The shapes are narrowed to the fields the figures use, so a test fixture stays small.
 */
import type { Keyed } from '../cross-index.ts';
import type { Agency, Briefing, Course, Newsletter, Priority, Review } from '../../schemas/index.ts';
import type { DateRange } from './reporting-year.ts';

export type ReviewFacts = Pick<Review, 'title' | 'kind' | 'published' | 'agencies' | 'recommendations' | 'timeline'>;
export type BriefingFacts = Pick<Briefing, 'title' | 'format' | 'published' | 'audiences' | 'sources' | 'courses'>;
export type CourseFacts = Pick<Course, 'title' | 'priorities' | 'sessions' | 'evaluation'>;
export type PriorityFacts = Pick<Priority, 'title' | 'status'>;
export type NewsletterFacts = Pick<Newsletter, 'title' | 'published' | 'period' | 'featured'>;
export type AgencyFacts = Pick<Agency, 'id' | 'name' | 'type'>;

/** The lookups the figures need from the site's once-per-build cross index. */
export interface ImpactIndex {
  briefingsFromReview(id: string): Keyed<BriefingFacts>[];
  coursesFromReview(id: string): Keyed<CourseFacts>[];
  byPriority(id: string): { courses: Keyed<CourseFacts>[] };
}

export interface ImpactInput {
  /** The day of the build: sessions after it have not run, recommendations past due are overdue. */
  buildDate: string;
  reviews: Keyed<ReviewFacts>[];
  briefings: Keyed<BriefingFacts>[];
  courses: Keyed<CourseFacts>[];
  priorities: Keyed<PriorityFacts>[];
  newsletters: Keyed<NewsletterFacts>[];
  agencies: AgencyFacts[];
  index: ImpactIndex;
}

/** A counted category: `key` is the content value, `label` the words a reader sees. */
export interface Tally {
  key: string;
  label: string;
  count: number;
}

/** A reporting year's dates, or `null` for all time. */
export type Period = DateRange | null;
