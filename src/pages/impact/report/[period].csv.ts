// The overdue list of one board report as CSV, judged at the same day as the report.
import type { APIRoute, GetStaticPaths } from 'astro';
import { listOverdue, inputAsAt, overdueCsv } from '../../../lib/impact/index.ts';
import { impactInput, loadSite, reportPeriods, type ReportPeriod } from '../../../site/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return reportPeriods(site).map((period) => ({ params: { period: period.slug }, props: { period } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { period } = props as { period: ReportPeriod };
  const site = await loadSite();
  return new Response(overdueCsv(listOverdue(inputAsAt(impactInput(site), period.asAt))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
