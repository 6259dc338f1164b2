import { describe, expect, test } from 'vitest';
import { courseJsonLd, serializeJsonLd, type CourseJsonLdInput } from './course-json-ld.ts';

const base: CourseJsonLdInput = {
  url: 'https://learning.example/courses/neglect/',
  title: 'Understanding neglect',
  summary: 'Recognising chronic neglect.',
  level: 'Specialist',
  delivery: 'full-day',
  durationMinutes: 360,
  audience: 'Social workers',
  outcomes: ['Describe neglect'],
  cost: 'Free to partner agencies',
  booking: 'https://booking.example/neglect',
  provider: { name: 'Northvale SCP', url: 'https://learning.example/' },
  sessions: [
    { date: '2026-12-15', location: 'Civic Centre' },
    { date: '2027-01-10', online: true },
  ],
};

describe('courseJsonLd', () => {
  test('a course names itself, its provider and its length', () => {
    expect(courseJsonLd(base)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Understanding neglect',
      description: 'Recognising chronic neglect.',
      url: base.url,
      timeRequired: 'PT6H',
      provider: { '@type': 'Organization', name: 'Northvale SCP' },
      offers: { '@type': 'Offer', category: 'Free to partner agencies', url: 'https://booking.example/neglect' },
    });
  });

  test('each session becomes a CourseInstance, online when it says online: true', () => {
    const instances = courseJsonLd(base).hasCourseInstance as Record<string, unknown>[];
    expect(instances.map((i) => [i['@type'], i.startDate, i.courseMode])).toEqual([
      ['CourseInstance', '2026-12-15', 'onsite'],
      ['CourseInstance', '2027-01-10', 'online'],
    ]);
    expect(instances[0]!.location).toEqual({ '@type': 'Place', name: 'Civic Centre' });
  });

  test('a timed session starts and ends at its local time with the day’s UTC offset, and books at its own page', () => {
    const instances = courseJsonLd({ ...base, sessions: [
      { date: '2027-06-22', start: '09:30', end: '12:30', location: 'Hub', booking: 'https://booking.example/neglect/june' },
      { date: '2027-01-19', start: '13:00', end: '16:30', location: 'Hub' },
    ] }).hasCourseInstance as Record<string, unknown>[];
    expect(instances.map((i) => [i.startDate, i.endDate, i.url])).toEqual([
      ['2027-06-22T09:30:00+01:00', '2027-06-22T12:30:00+01:00', 'https://booking.example/neglect/june'],
      ['2027-01-19T13:00:00+00:00', '2027-01-19T16:30:00+00:00', 'https://booking.example/neglect'],
    ]);
  });

  test('a virtual course’s sessions are online wherever they are listed', () => {
    const instances = courseJsonLd({ ...base, delivery: 'virtual' }).hasCourseInstance as Record<string, unknown>[];
    expect(instances.map((i) => i.courseMode)).toEqual(['online', 'online']);
  });

  test('a course without sessions, cost or booking has no instances and no offer', () => {
    const data = courseJsonLd({ ...base, sessions: [], cost: undefined, booking: undefined });
    expect(data.hasCourseInstance).toEqual([]);
    expect(data).not.toHaveProperty('offers');
  });
});

describe('serializeJsonLd', () => {
  test('text that would close the script element is escaped and still parses back', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
