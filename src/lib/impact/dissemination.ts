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
import { issueCarries } from '../rules/newsletter.ts';
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

export interface DisseminationSummary {
  reviews: number;
  /** Each audience of the plan with how many reviews reached it, in the plan's order. */
  audiences: { audience: Audience; reached: number }[];
  /** Each kind of method used, with how many reviews' learning it carried. */
  methods: { kind: string; count: number }[];
  /** Empty cells: a review that reached no one in an audience. */
  gaps: number;
}

/**
 * What the plan adds up to, read before its grid: audiences covered, methods used, gaps.
 * A kind of method counts once per review however many of it carried that review.
 * @example summariseDissemination(rows).audiences[0] // { audience: 'partnership', reached: 3 }
 */
export function summariseDissemination(rows: readonly DisseminationRow[]): DisseminationSummary {
  const methods = new Map<string, number>();
  for (const row of rows) {
    const kinds = new Set(row.cells.flatMap((c) => c.methods.map((m) => m.kind)));
    for (const kind of kinds) methods.set(kind, (methods.get(kind) ?? 0) + 1);
  }
  return {
    reviews: rows.length,
    audiences: AUDIENCES.map((audience) => ({ audience, reached: rows.filter((r) => r.cells.some((c) => c.audience === audience && c.methods.length > 0)).length })),
    methods: [...methods].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    gaps: rows.reduce((sum, r) => sum + r.gaps, 0),
  };
}
