// The partnership's colours as CSS custom properties, served as a file so pages need no
// inline styles (a strict Content-Security-Policy forbids them).
import type { APIRoute } from 'astro';
import { loadSite } from '../site/index.ts';

export const GET: APIRoute = async () => {
  const { colours } = (await loadSite()).partnership;
  const css = `:root{--brand:${colours.brand};--on-brand:${colours.onBrand};--text:${colours.text};--bg:${colours.background};--link:${colours.link};--accent:${colours.accent}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
