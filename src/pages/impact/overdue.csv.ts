// Every recommendation overdue on the build date, as CSV: the list on /impact/.
import type { APIRoute } from 'astro';
import { listOverdue, overdueCsv } from '../../lib/impact/index.ts';
import { impactInput, loadSite } from '../../site/index.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(overdueCsv(listOverdue(impactInput(site))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
