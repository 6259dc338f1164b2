// The social preview card of each public briefing and review, drawn at build time (or taken
// from the card cache when nothing it shows has changed).
import type { APIRoute, GetStaticPaths } from 'astro';
import { drawMissingCards, renderCard } from '../../../build/card-renderer.ts';
import { recordPhase } from '../../../integrations/build-timings.ts';
import { cardContents } from '../../../site/cards.ts';
import { loadSite } from '../../../site/index.ts';

export const getStaticPaths = (async () => {
  const cards = cardContents(await loadSite());
  await drawMissingCards(cards.map(({ collection, slug, content }) => ({ name: `${collection}/${slug}`, content })));
  return cards.map(({ collection, slug, content }) => ({ params: { collection, slug }, props: { content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const started = performance.now();
  const png = await renderCard(props.content);
  recordPhase('cards', performance.now() - started);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
