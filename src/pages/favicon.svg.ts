// The site's icon, drawn from partnership.yaml so a fork's icon matches its brand.
import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/formats/favicon.ts';
import { loadSite } from '../site/index.ts';

export const GET: APIRoute = async () => {
  const { shortName, colours } = (await loadSite()).partnership;
  return new Response(faviconSvg(shortName, colours), { headers: { 'Content-Type': 'image/svg+xml' } });
};
