/**
 * What a listing shows of a review or a briefing (link, title, summary, date, kind), the same
 * on the listings, the filter pages, theme and pathway pages and priority pages; and of a
 * course in the lists of courses by level (link, title, summary, how it is delivered).
 */
import { BRIEFING_FORMAT_LABELS, DELIVERY_LABELS, labelOf, REVIEW_KIND_LABELS } from '../lib/labels.ts';
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

/** A course has no date: its lists are by level, then title. */
export const courseItem = (c: { id: string; data: { title: string; summary: string; delivery: string } }): Omit<ListingItem, 'date'> => ({ href: entryHref('courses', c.id), title: c.data.title, summary: c.data.summary, label: labelOf(DELIVERY_LABELS, c.data.delivery) });
