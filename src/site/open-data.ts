/**
 * The open data files: published metadata only (no bodies), from loadSite() so nothing
 * unpublished is in them, shaped by the schemas in src/schemas/open-data.ts.
 */
import { lastUpdated } from '../lib/page-history.ts';
import { cardPath } from '../lib/formats/card.ts';
import { isOverdue } from '../lib/rules/recommendations.ts';
import { entryPath } from '../lib/urls.ts';
import { OPEN_DATA_VERSION } from '../schemas/open-data.ts';
import type { OpenBriefing, OpenCourse, OpenDataFile, OpenDataName, OpenRecommendation, OpenReview } from '../schemas/open-data.ts';
import { absoluteHref } from './href.ts';
import type { ReviewEntry, Site } from './load.ts';

const TITLES: Record<OpenDataName, string> = {
  reviews: 'Reviews',
  briefings: 'Learning briefings',
  courses: 'Training courses',
  recommendations: 'Review recommendations',
};

function recommendationsOf(site: Site, review: ReviewEntry): OpenRecommendation[] {
  return review.data.recommendations.map((rec) => ({
    id: `${review.id}#${rec.id}`,
    review: review.id,
    reference: rec.id,
    text: rec.text,
    owners: rec.owners,
    due: rec.due,
    status: rec.status,
    ...(rec.completed ? { completed: rec.completed } : {}),
    ...(rec.impact ? { impact: rec.impact } : {}),
    overdue: isOverdue(rec, site.buildDate),
  }));
}

function itemsOf(site: Site, name: OpenDataName): unknown[] {
  const abs = (path: string) => absoluteHref(site.partnership.siteUrl, path);
  const partnership = site.partnership.name;
  // A public entry may name an unpublished one (a source review under embargo): the link
  // stays out of the data as it stays off the page.
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  const published = { reviews: ids(site.reviews), courses: ids(site.courses), priorities: ids(site.priorities) };
  const only = (set: Set<string>, slugs: string[]) => slugs.filter((slug) => set.has(slug));
  const themes = (ids: string[]) => ids.map((id) => site.theme(id)).filter((t) => t !== undefined).map(({ id, name, panel, nspcc }) => ({ id, name, panel, nspcc }));
  switch (name) {
    case 'reviews':
      return site.reviews.map(({ id, data: d }): OpenReview => ({
        partnership,
        id,
        url: abs(entryPath('reviews', id)),
        ...pick(d, ['title', 'summary', 'published', 'priorities', 'kind', 'subject', 'agencies', 'ageGroups', 'keyMessages', 'method', 'goodPractice', 'report', 'period']),
        updated: lastUpdated(d, site.buildDate),
        priorities: only(published.priorities, d.priorities),
        themes: themes(d.themes),
        recommendations: recommendationsOf(site, { id, data: d } as ReviewEntry).map(({ review: _, ...rec }) => rec),
      }));
    case 'briefings':
      return site.briefings.map(({ id, data: d }): OpenBriefing => ({
        partnership,
        id,
        url: abs(entryPath('briefings', id)),
        ...pick(d, ['title', 'summary', 'published', 'priorities', 'format', 'sources', 'audiences', 'sectors', 'keyMessages', 'questions', 'courses']),
        updated: lastUpdated(d, site.buildDate),
        priorities: only(published.priorities, d.priorities),
        sources: only(published.reviews, d.sources),
        courses: only(published.courses, d.courses),
        themes: themes(d.themes),
        card: abs(cardPath('briefings', id)),
      }));
    case 'courses':
      return site.courses.map(({ id, data: d }): OpenCourse => ({
        partnership,
        id,
        url: abs(entryPath('courses', id)),
        ...pick(d, ['title', 'summary', 'published', 'priorities', 'level', 'prerequisites', 'delivery', 'durationMinutes', 'audience', 'outcomes', 'trainers', 'accreditation', 'cost', 'booking', 'sectors', 'evaluation']),
        priorities: only(published.priorities, d.priorities),
        prerequisites: only(published.courses, d.prerequisites),
        themes: themes(d.themes),
        sessions: d.sessions.filter((s) => s.date >= site.buildDate),
      }));
    case 'recommendations':
      return site.reviews.flatMap((review) => recommendationsOf(site, review));
  }
}

/** Copies the named fields that are set; optional fields left unset stay out of the file. */
function pick<T extends object, K extends keyof T>(data: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]])) as Pick<T, K>;
}

/** Address of a data file's JSON Schema. */
export const openDataSchemaUrl = (site: Site, name: OpenDataName): string => absoluteHref(site.partnership.siteUrl, `data/${name}.schema.json`);

/** One open data file, as published. */
export function openDataFile<N extends OpenDataName>(site: Site, name: N): OpenDataFile<N> {
  const items = itemsOf(site, name);
  return {
    $schema: openDataSchemaUrl(site, name),
    schemaVersion: OPEN_DATA_VERSION,
    title: `${TITLES[name]} – ${site.partnership.name}`,
    publisher: site.partnership.name,
    generated: site.buildDate,
    count: items.length,
    items,
  } as OpenDataFile<N>;
}
