// The safe-publishing checks, run on the entries that are public on the build date.
import type { Agency, EntryCollection, Partnership, Sector, Theme } from '../../../schemas/index.ts';
import type { AnonymisationContext } from '../anonymisation/index.ts';
import { checkAnonymisation } from '../anonymisation/entry.ts';
import { checkChecklist } from '../../rules/checklist.ts';
import { checkDocuments, type DocumentFactsMap, type DocumentRef } from '../document-facts.ts';
import type { Problem } from '../../errors.ts';
import type { MediaFactsMap } from '../../media/index.ts';
import type { PublicationState } from '../../rules/publication.ts';
import { checkRetention, type Retained } from '../../rules/retention.ts';

export interface SafePublishingOptions {
  /** Entries public on this date are checked; without it, every entry that is not a draft. */
  buildDate?: string;
  /** Facts of the files under public/, by href (src/build/documents.ts reads them). */
  documents?: DocumentFactsMap;
  /** Facts of the media files briefings name, by href (src/build/media.ts reads them). */
  media?: MediaFactsMap;
}

interface Entry {
  file: string;
  data: Record<string, unknown>;
  body: string;
  state: PublicationState;
}

interface Data {
  partnership?: Partnership;
  themes?: Theme[];
  agencies?: Agency[];
  sectors?: Sector[];
}

/** What the name check must never flag: the partnership's own names for things. */
function anonymisationContext(data: Data, entries: Record<EntryCollection, Entry[]>): AnonymisationContext {
  const p = data.partnership;
  const titles = (name: EntryCollection) => entries[name].map((e) => String(e.data.title));
  return {
    knownPhrases: [
      ...(p ? [p.name, p.shortName, p.area] : []),
      ...(data.agencies ?? []).flatMap((a) => [a.name, a.shortName]),
      ...(data.themes ?? []).map((t) => t.name),
      ...(data.sectors ?? []).map((s) => s.name),
      ...titles('priorities'),
      ...titles('courses'),
    ],
    publicContacts: p ? [p.contact.email, p.contact.phone, p.contact.address, ...p.helplines.map((h) => h.phone), ...[p.worried.frontDoor, p.worried.outOfHours].flatMap((line) => [line?.phone, line?.email])].filter((x): x is string => Boolean(x)) : [],
  };
}

/**
 * Anonymisation, retention, the pre-publication checklist and document files.
 * @example checkSafePublishing(entries, data, { buildDate: '2026-11-22' })
 */
export function checkSafePublishing(entries: Record<EntryCollection, Entry[]>, data: Data, options: SafePublishingOptions): Problem[] {
  const problems: Problem[] = [];
  const live = (e: Entry) => e.state === 'public';
  const context = anonymisationContext(data, entries);
  const retainMonths = data.partnership?.retainMonths ?? 12;
  for (const review of entries.reviews) {
    problems.push(...checkRetention(review.file, review.data as unknown as Retained, retainMonths));
    // An embargoed review's files are checked now, not on the morning it goes live.
    if (options.documents && review.state !== 'draft') problems.push(...checkDocuments(review.file, review.data.documents as DocumentRef[], options.documents));
    if (!live(review)) continue;
    problems.push(...checkAnonymisation(review, context));
    problems.push(...checkChecklist(review.file, review.data as { report: string }, data.partnership?.checklist ?? false));
  }
  for (const briefing of entries.briefings.filter(live)) problems.push(...checkAnonymisation(briefing, context));
  return problems;
}
