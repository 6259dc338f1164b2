// The partnership's colours as CSS custom properties, and its name and address at the foot of
// every printed page, served as a file so pages need no inline styles (a strict
// Content-Security-Policy forbids them).
import type { APIRoute } from 'astro';
import { printFooterCss } from '../lib/formats/print-footer.ts';
import { loadSite } from '../site/index.ts';

export const GET: APIRoute = async () => {
  const { colours, name, contact, siteUrl } = (await loadSite()).partnership;
  const css = `:root{--brand:${colours.brand};--on-brand:${colours.onBrand};--text:${colours.text};--bg:${colours.background};--link:${colours.link};--accent:${colours.accent}}\n${printFooterCss({ name, address: contact.address, siteUrl })}`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
