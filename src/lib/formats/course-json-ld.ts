/**
 * schema.org Course data for a course page, so search engines can list the course and its
 * dated sessions. Only public, upcoming sessions should be passed in.
 */
import { toIsoDuration } from '../duration.ts';
import { sessionBooking, sessionInstant, sessionPlace, type SessionLike } from '../rules/sessions.ts';

export interface CourseJsonLdInput {
  /** Absolute address of the course page. */
  url: string;
  title: string;
  summary: string;
  level: string;
  delivery: string;
  durationMinutes: number;
  audience: string;
  outcomes: readonly string[];
  cost?: string | undefined;
  booking?: string | undefined;
  provider: { name: string; url: string };
  sessions: readonly SessionLike[];
}

// Courses delivered at a distance; every other mode is taken as in person.
const ONLINE_MODES = new Set(['virtual', 'e-learning', 'podcast', 'film']);

/**
 * A schema.org Course with a CourseInstance for each session.
 * @example
 * courseJsonLd({ url: 'https://x.example/courses/neglect/', title: 'Neglect', …, sessions: [{ date: '2026-12-15', location: 'Civic Centre' }] })
 * // { '@context': 'https://schema.org', '@type': 'Course', name: 'Neglect', hasCourseInstance: [{ '@type': 'CourseInstance', startDate: '2026-12-15', … }] }
 */
export function courseJsonLd(input: CourseJsonLdInput): Record<string, unknown> {
  const provider = { '@type': 'Organization', name: input.provider.name, url: input.provider.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': input.url,
    url: input.url,
    name: input.title,
    description: input.summary,
    educationalLevel: input.level,
    teaches: [...input.outcomes],
    timeRequired: toIsoDuration(input.durationMinutes),
    audience: { '@type': 'Audience', audienceType: input.audience },
    provider,
    ...(input.cost ? { offers: { '@type': 'Offer', category: input.cost, url: input.booking ?? input.url } } : {}),
    hasCourseInstance: input.sessions.map((session) => {
      const online = session.online === true || ONLINE_MODES.has(input.delivery);
      const booking = sessionBooking(session, input.booking);
      return {
        '@type': 'CourseInstance',
        courseMode: online ? 'online' : 'onsite',
        startDate: sessionInstant(session, 'start'),
        endDate: sessionInstant(session, 'end'),
        location: online ? { '@type': 'VirtualLocation', name: sessionPlace(session) || 'Online', url: booking ?? input.url } : { '@type': 'Place', name: sessionPlace(session) },
        ...(booking ? { url: booking } : {}),
        organizer: provider,
      };
    }),
  };
}

// One serializer for every JSON-LD block on the site.
export { serializeJsonLd } from './json-ld.ts';
