/**
 * What a listing shows of a review or a briefing (link, title, summary, date, kind), the same
 * on the listings, the filter pages, theme and pathway pages and priority pages.
 */
import { BRIEFING_FORMAT_LABELS, labelOf, REVIEW_KIND_LABELS } from '../lib/labels.ts';
import { entryHref } from './href.ts';

export interface ListingItem {
  href: string;
  title: string;
  summary: string;
  date: string;
  label: string;
}

type Listed<T> = { id: string; data: { title: string; summary: string; published: string } & T };

export const reviewItem = (r: Listed<{ kind: string }>): ListingItem => ({ href: entryHref('reviews', r.id), title: r.data.title, summary: r.data.summary, date: r.data.published, label: labelOf(REVIEW_KIND_LABELS, r.data.kind) });

export const briefingItem = (b: Listed<{ format: string }>): ListingItem => ({ href: entryHref('briefings', b.id), title: b.data.title, summary: b.data.summary, date: b.data.published, label: labelOf(BRIEFING_FORMAT_LABELS, b.data.format) });
