/**
 * The training calendars: the site's public courses and their upcoming sessions turned into
 * iCalendar files. Only src/site knows both the content and the site's address, so the
 * joining happens here; the format itself is src/lib/formats/icalendar.ts.
 */
import { buildCalendar, sessionUids, type CalendarEvent } from '../lib/formats/icalendar.ts';
import { isFull, sessionBooking, sessionPlace, upcomingSessions } from '../lib/rules/sessions.ts';
import { LEVEL_LABELS, DELIVERY_LABELS, labelOf } from '../lib/labels.ts';
import { formatDuration } from '../lib/duration.ts';
import { absoluteUrl, entryHref, href } from './href.ts';
import type { CourseEntry, Site } from './load.ts';

/** The address of a course's calendar file, or of all courses' when no slug is given. */
export const calendarHref = (slug?: string): string => href(slug ? `courses/${slug}/sessions.ics` : 'courses/sessions.ics');

function eventsOf(site: Site, course: CourseEntry): CalendarEvent[] {
  const sessions = upcomingSessions(course.data.sessions, site.buildDate);
  const uids = sessionUids(course.id, sessions.map((s) => s.date), new URL(site.partnership.siteUrl).hostname);
  const url = absoluteUrl(site.partnership.siteUrl, entryHref('courses', course.id));
  const about = `${labelOf(LEVEL_LABELS, course.data.level)} course: ${labelOf(DELIVERY_LABELS, course.data.delivery)}, ${formatDuration(course.data.durationMinutes)}.`;
  return sessions.map((session, i) => {
    const booking = sessionBooking(session, course.data.booking);
    const how = isFull(session) ? `This session is full. To join the waiting list, email ${site.partnership.contact.email}.` : booking ? `Book a place: ${booking}` : `Details: ${url}`;
    return {
      uid: uids[i]!,
      date: session.date,
      start: session.start,
      end: session.end,
      summary: `${course.data.title} (${site.partnership.shortName} training)`,
      location: sessionPlace(session),
      description: [about, course.data.summary, how].join('\n\n'),
      url,
    };
  });
}

/** The iCalendar file of one course's upcoming sessions, or of every public course's. */
export function sessionsCalendar(site: Site, course?: CourseEntry): string {
  const courses = course ? [course] : site.courses;
  const events = courses.flatMap((c) => eventsOf(site, c)).sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return buildCalendar({
    prodId: { company: site.partnership.shortName, product: 'Cascade training calendar' },
    name: course ? `${course.data.title}: ${site.partnership.shortName} training` : `${site.partnership.shortName} training sessions`,
    stamp: site.buildDate,
    events,
  });
}

/** Courses that have sessions to put in a calendar: the others get no file. */
export const coursesWithSessions = (site: Site): CourseEntry[] => site.courses.filter((c) => upcomingSessions(c.data.sessions, site.buildDate).length > 0);
