/**
 * The dissemination action plan, derived from the content: for each public review, the four
 * audiences of the plan and the methods that reached each. An empty cell is a gap to plan for.
 *
 * Which methods reach which audience:
 * - a briefing reaches the audiences in its own `audiences` field;
 * - a newsletter that carried the review reaches the workforce (it is the practitioners'
 *   bulletin);
 * - a course that teaches the review's learning (through one of its briefings) reaches the
 *   workforce.
 */
import { AUDIENCES, type Audience } from '../../schemas/index.ts';
import { BRIEFING_FORMAT_LABELS, labelOf } from '../labels.ts';
import { issueCarries } from '../newsletter.ts';
import { isWithin } from './reporting-year.ts';
import type { ImpactInput, NewsletterFacts, Period } from './_types.ts';

export const NEWSLETTER_AUDIENCES: readonly Audience[] = ['workforce'];
export const COURSE_AUDIENCES: readonly Audience[] = ['workforce'];

export interface Method {
  collection: 'briefings' | 'newsletters' | 'courses';
  id: string;
  title: string;
  /** How it reached them: the briefing's format, "Newsletter" or "Course". */
  kind: string;
}

export interface DisseminationRow {
  review: { id: string; title: string; published: string };
  /** The four audiences in the plan's order; `methods` is empty for a gap. */
  cells: { audience: Audience; methods: Method[] }[];
  gaps: number;
}

/**
 * Whether a newsletter carried a review: the review is featured in it, or was published
 * inside the newsletter's period (the rule by which an issue gathers its content).
 * @example newsletterCarries({ period: { from: '2025-06-01', to: '2025-08-31' }, featured: [] }, 'child-q', '2025-07-01') // true
 */
export function newsletterCarries(newsletter: Pick<NewsletterFacts, 'period' | 'featured'>, reviewId: string, reviewPublished: string): boolean {
  return issueCarries(newsletter, 'reviews', reviewId, reviewPublished);
}

/**
 * One row of the action plan per public review published in the period, newest first as given.
 * @example planDissemination(input, null)[0].cells.find((c) => c.audience === 'public')?.methods // [] when a gap
 */
export function planDissemination(input: ImpactInput, period: Period): DisseminationRow[] {
  return input.reviews
    .filter((r) => isWithin(r.data.published, period))
    .map((r) => {
      const briefings = input.index.briefingsFromReview(r.id);
      const newsletters: Method[] = input.newsletters
        .filter((n) => newsletterCarries(n.data, r.id, r.data.published))
        .map((n) => ({ collection: 'newsletters', id: n.id, title: n.data.title, kind: 'Newsletter' }));
      const courses: Method[] = input.index.coursesFromReview(r.id).map((c) => ({ collection: 'courses', id: c.id, title: c.data.title, kind: 'Course' }));
      const cells = AUDIENCES.map((audience) => ({
        audience,
        methods: [
          ...briefings
            .filter((b) => b.data.audiences.includes(audience))
            .map((b): Method => ({ collection: 'briefings', id: b.id, title: b.data.title, kind: labelOf(BRIEFING_FORMAT_LABELS, b.data.format) })),
          ...(NEWSLETTER_AUDIENCES.includes(audience) ? newsletters : []),
          ...(COURSE_AUDIENCES.includes(audience) ? courses : []),
        ],
      }));
      return { review: { id: r.id, title: r.data.title, published: r.data.published }, cells, gaps: cells.filter((c) => c.methods.length === 0).length };
    });
}
