/**
 * schema.org descriptions of reviews and briefings, so search engines and national
 * repositories can read what a page is, who published it and what it is based on. Emitted
 * as `<script type="application/ld+json">`: data, not script, so a strict CSP allows it.
 */

export interface Publisher {
  name: string;
  url: string;
}

export interface DocumentLink {
  label: string;
  /** Absolute URL. */
  href: string;
  format: string;
  bytes?: number;
}

export interface ReviewLd {
  /** Absolute URL of the review's page. */
  url: string;
  title: string;
  summary: string;
  published: string;
  kindLabel: string;
  author?: string;
  themes: string[];
  keyMessages: string[];
  /** Only the documents the page offers (none when the report is withdrawn). */
  documents: DocumentLink[];
}

export interface BriefingLd {
  url: string;
  title: string;
  summary: string;
  published: string;
  formatLabel: string;
  audiences: string[];
  themes: string[];
  /** Absolute URLs of the public reviews it is based on. */
  sources: string[];
  /** Absolute URL of its card image, when there is one. */
  image?: string;
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  txt: 'text/plain',
};

const organisation = (p: Publisher) => ({ '@type': 'Organization', name: p.name, url: p.url });
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

/**
 * A review as a schema.org Report.
 * @example reviewJsonLd(review, { name: 'Northvale SCP', url: 'https://example.org/' })['@type'] // 'Report'
 */
export function reviewJsonLd(review: ReviewLd, publisher: Publisher): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': review.url,
    url: review.url,
    name: review.title,
    headline: review.title,
    description: review.summary,
    datePublished: review.published,
    genre: review.kindLabel,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    publisher: organisation(publisher),
    author: review.author ? { '@type': 'Person', name: review.author } : organisation(publisher),
    keywords: nonEmpty(review.themes),
    abstract: review.keyMessages.join(' '),
    associatedMedia: nonEmpty(
      review.documents.map((d) => ({
        '@type': 'MediaObject',
        name: d.label,
        contentUrl: d.href,
        encodingFormat: MEDIA_TYPES[d.format] ?? d.format,
        ...(d.bytes === undefined ? {} : { contentSize: `${d.bytes} bytes` }),
      })),
    ),
  };
}

/**
 * A briefing as a schema.org Article that is also a LearningResource.
 * @example briefingJsonLd(briefing, publisher)['@type'] // ['Article', 'LearningResource']
 */
export function briefingJsonLd(briefing: BriefingLd, publisher: Publisher): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': ['Article', 'LearningResource'],
    '@id': briefing.url,
    url: briefing.url,
    name: briefing.title,
    headline: briefing.title,
    description: briefing.summary,
    datePublished: briefing.published,
    learningResourceType: briefing.formatLabel,
    inLanguage: 'en-GB',
    isAccessibleForFree: true,
    publisher: organisation(publisher),
    author: organisation(publisher),
    audience: nonEmpty(briefing.audiences.map((a) => ({ '@type': 'Audience', audienceType: a }))),
    keywords: nonEmpty(briefing.themes),
    isBasedOn: nonEmpty(briefing.sources),
    image: briefing.image,
  };
}

/**
 * JSON safe to place inside a `<script>` element: no `</script>` or HTML comment can close it
 * early, whatever an editor writes in a title.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
