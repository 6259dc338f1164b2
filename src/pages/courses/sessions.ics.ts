// Every public course's upcoming sessions, for practitioners to subscribe to once.
import type { APIRoute } from 'astro';
import { loadSite } from '../../site/index.ts';
import { sessionsCalendar } from '../../site/calendars.ts';

export const GET: APIRoute = async () =>
  new Response(sessionsCalendar(await loadSite()), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
