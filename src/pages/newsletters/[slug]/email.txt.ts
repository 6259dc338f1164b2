// The plain-text version of each issue, with every link written out.
import type { APIRoute } from 'astro';
import { renderEmailText } from '../../../lib/formats/newsletter-text.ts';
import { issueContext, loadSite, type NewsletterEntry } from '../../../site/index.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.newsletters.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const text = renderEmailText(issueContext(await loadSite(), (props as { entry: NewsletterEntry }).entry));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
