// robots.txt points crawlers at the sitemap, by its full address.
import type { APIRoute } from 'astro';
import { renderRobots } from '../lib/formats/sitemap.ts';
import { absoluteHref, loadSite } from '../site/index.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(renderRobots(absoluteHref(site.partnership.siteUrl, 'sitemap.xml')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
