/**
 * Which cards the site has and what each shows: one per public briefing and review, taken
 * from loadSite() so an unpublished entry never gets a card.
 */
import type { CardCollection, CardContent } from '../lib/formats/card.ts';
import { BRIEFING_FORMAT_LABELS, labelOf, REVIEW_KIND_LABELS } from '../lib/labels.ts';
import type { BriefingEntry, ReviewEntry, Site } from './load.ts';

export interface SiteCard {
  collection: CardCollection;
  slug: string;
  content: CardContent;
}

/** What the card of one briefing or review shows. */
export function cardContent(site: Site, collection: CardCollection, entry: BriefingEntry | ReviewEntry): CardContent {
  const label = collection === 'briefings' ? labelOf(BRIEFING_FORMAT_LABELS, (entry as BriefingEntry).data.format) : labelOf(REVIEW_KIND_LABELS, (entry as ReviewEntry).data.kind);
  const { brand, onBrand, accent } = site.partnership.colours;
  return { title: entry.data.title, label, partnershipName: site.partnership.name, colours: { brand, onBrand, accent } };
}

/** Every card of the site. */
export function cardContents(site: Site): SiteCard[] {
  return [
    ...site.briefings.map((entry) => ({ collection: 'briefings' as const, slug: entry.id, content: cardContent(site, 'briefings', entry) })),
    ...site.reviews.map((entry) => ({ collection: 'reviews' as const, slug: entry.id, content: cardContent(site, 'reviews', entry) })),
  ];
}
