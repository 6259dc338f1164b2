// The one handler behind every feed file, so each route file is a single line.
import type { APIRoute } from 'astro';
import { renderAtomFeed } from '../lib/formats/atom.ts';
import type { FeedCollection } from './feeds.ts';
import { feedOf } from './feeds.ts';
import { loadSite } from './load.ts';

export const feedRoute =
  (collection?: FeedCollection): APIRoute =>
  async () =>
    new Response(renderAtomFeed(feedOf(await loadSite(), collection)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
