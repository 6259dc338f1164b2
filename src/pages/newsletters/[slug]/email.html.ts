// The email-ready HTML of each issue: an editor opens it, copies it into the email tool.
import type { APIRoute } from 'astro';
import { renderEmailHtml } from '../../../lib/formats/newsletter-email.ts';
import { issueContext, loadSite, type NewsletterEntry } from '../../../site/index.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.newsletters.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const html = renderEmailHtml(issueContext(await loadSite(), (props as { entry: NewsletterEntry }).entry));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
