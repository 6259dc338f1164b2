/**
 * Accountability per agency: the recommendations it owns and the reviews it took part in.
 * Statutory partners (the local authority, the ICB, the police) come first, as in law.
 */
import type { Recommendation } from '../../schemas/index.ts';
import { recommendationState, type RecommendationState } from '../rules/recommendations.ts';
import { STATE_LABELS } from './how-well.ts';
import { isWithin } from './reporting-year.ts';
import type { AgencyFacts, ImpactInput, Period } from './_types.ts';

export interface OwnedRecommendation {
  review: { id: string; title: string };
  recommendation: Recommendation;
  state: RecommendationState;
  stateLabel: string;
}

export interface AgencyRecord {
  agency: AgencyFacts;
  /** Overdue first, then by due date, then by review and recommendation id. */
  recommendations: OwnedRecommendation[];
  /** Reviews naming the agency in `agencies`, in the order given (newest first on the site). */
  reviews: { id: string; title: string; published: string }[];
  overdue: number;
  completeOnTime: number;
  completeLate: number;
}

/**
 * Agencies with statutory partners first, then by name.
 * @example orderAgencies(agencies)[0].type // 'statutory-partner'
 */
export function orderAgencies<T extends AgencyFacts>(agencies: readonly T[]): T[] {
  const rank = (a: AgencyFacts) => (a.type === 'statutory-partner' ? 0 : 1);
  return [...agencies].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * One agency's record: what it owns and where it took part. With a period, only the
 * recommendations due in it and the reviews published in it.
 * @example recordAgency(input, agency).recommendations[0].state // 'overdue' when any is
 */
export function recordAgency(input: ImpactInput, agency: AgencyFacts, period: Period = null): AgencyRecord {
  const recommendations = input.reviews
    .flatMap((r) =>
      r.data.recommendations
        .filter((rec) => rec.owners.includes(agency.id) && isWithin(rec.due, period))
        .map((rec) => {
          const state = recommendationState(rec, input.buildDate);
          return { review: { id: r.id, title: r.data.title }, recommendation: rec, state, stateLabel: STATE_LABELS[state] };
        }),
    )
    .sort(
      (a, b) =>
        Number(b.state === 'overdue') - Number(a.state === 'overdue') ||
        a.recommendation.due.localeCompare(b.recommendation.due) ||
        a.review.id.localeCompare(b.review.id) ||
        a.recommendation.id.localeCompare(b.recommendation.id),
    );
  const count = (state: RecommendationState) => recommendations.filter((r) => r.state === state).length;
  return {
    agency,
    recommendations,
    reviews: input.reviews.filter((r) => r.data.agencies.includes(agency.id) && isWithin(r.data.published, period)).map((r) => ({ id: r.id, title: r.data.title, published: r.data.published })),
    overdue: count('overdue'),
    completeOnTime: count('complete-on-time'),
    completeLate: count('complete-late'),
  };
}

/**
 * Every agency's record, statutory partners first.
 * @example recordAgencies(input, null).map((r) => r.agency.id)
 */
export function recordAgencies(input: ImpactInput, period: Period = null): AgencyRecord[] {
  return orderAgencies(input.agencies).map((agency) => recordAgency(input, agency, period));
}

const OPEN_STATES: readonly string[] = ['not-started', 'in-progress'];

/**
 * An agency's recommendations that are not overdue, in the order a board reads them: the open
 * ones due soonest first, then the closed ones, most recently due first. The agency's page shows
 * the first few; its list of them all keeps the same order.
 * @example otherRecommendations(record.recommendations)[0].state // 'not-started' or 'in-progress' when any is open
 */
export function otherRecommendations(recommendations: readonly OwnedRecommendation[]): OwnedRecommendation[] {
  const rest = recommendations.filter((r) => r.state !== 'overdue');
  const open = rest.filter((r) => OPEN_STATES.includes(r.state));
  const closed = rest.filter((r) => !OPEN_STATES.includes(r.state));
  return [...open, ...closed.reverse()];
}
