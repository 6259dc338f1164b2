// One course's upcoming sessions; courses with none get no file (a calendar needs an event).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type CourseEntry } from '../../../site/index.ts';
import { coursesWithSessions, sessionsCalendar } from '../../../site/calendars.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return coursesWithSessions(site).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(sessionsCalendar(await loadSite(), (props as { entry: CourseEntry }).entry), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
