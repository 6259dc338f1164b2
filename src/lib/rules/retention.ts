/**
 * How long a review's report stays online. A published report must stay up for at least
 * `retainMonths` (partnership.yaml, 12 unless set); after the review's `retainUntil` the
 * report files leave the site and the page reads as withdrawn, while the learning stays.
 */
import { addDays, addMonths, formatDate } from '../dates.ts';
import { localDocumentPath } from '../checks/document-path.ts';
import type { Problem } from '../errors.ts';
import type { REPORT_STATUSES } from '../../schemas/review.ts';

/** The `report` field's values, from the review schema. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface Retained {
  report: ReportStatus;
  published: string;
  retainUntil?: string;
}

/**
 * What the page shows about the report on a build date: a published report whose
 * `retainUntil` has passed reads as withdrawn.
 * @example reportPresentation({ report: 'published', published: '2022-05-18', retainUntil: '2023-05-31' }, '2023-06-01') // 'withdrawn'
 */
export function reportPresentation(review: Retained, buildDate: string): ReportStatus {
  if (review.report === 'published' && review.retainUntil && buildDate > review.retainUntil) return 'withdrawn';
  return review.report;
}

/**
 * Whether a report still online comes down within `days` days of the build date.
 * @example comesDownWithin({ report: 'published', published: '2025-01-01', retainUntil: '2026-12-01' }, 60, '2026-11-22') // true
 */
export function comesDownWithin(review: Retained, days: number, buildDate: string): boolean {
  if (reportPresentation(review, buildDate) !== 'published' || !review.retainUntil) return false;
  return review.retainUntil <= addDays(buildDate, days);
}

/**
 * The first date a review's `retainUntil` may name.
 * @example earliestRetainUntil('2025-01-31', 1) // '2025-02-28'
 */
export function earliestRetainUntil(published: string, retainMonths: number): string {
  return addMonths(published, retainMonths);
}

/**
 * A problem when `retainUntil` would take the report down before it has been online for
 * `retainMonths` months.
 * @example checkRetention('content/reviews/q.mdx', { report: 'published', published: '2025-01-10', retainUntil: '2025-06-01' }, 12).length // 1
 */
export function checkRetention(file: string, review: Retained, retainMonths: number): Problem[] {
  if (!review.retainUntil) return [];
  const earliest = earliestRetainUntil(review.published, retainMonths);
  if (review.retainUntil >= earliest) return [];
  return [
    {
      code: 'retention-too-short',
      file,
      field: 'retainUntil',
      message: `is ${review.retainUntil} (${formatDate(review.retainUntil)}), but a report published on ${review.published} must stay online for at least ${retainMonths} months (retainMonths in content/partnership.yaml). The earliest allowed is ${earliest}: set retainUntil: ${earliest} or later, or remove it to keep the report online.`,
      severity: 'error',
    },
  ];
}

export interface ReviewFiles extends Retained {
  documents: readonly { href: string }[];
}

/**
 * The document files the site publishes on a build date, as paths inside public/: those the
 * public reviews link to whose report is not withdrawn (by status or past `retainUntil`),
 * and nothing else. The build copies exactly these; a file no such review links (a draft's,
 * a withdrawn report's, one nobody links) never reaches the output.
 * @example documentsOnline([{ report: 'published', published: '2020-01-01', documents: [{ href: '/reports/a.pdf#page=2' }] }], '2026-11-22') // ['reports/a.pdf']
 */
export function documentsOnline(publicReviews: readonly ReviewFiles[], buildDate: string): string[] {
  const paths = publicReviews.filter((r) => reportPresentation(r, buildDate) !== 'withdrawn').flatMap((r) => r.documents.map((d) => localDocumentPath(d.href)));
  return [...new Set(paths.filter((p): p is string => p !== undefined))].sort();
}
