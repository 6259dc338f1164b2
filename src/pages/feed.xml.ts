// Everything the partnership publishes, newest first.
import { feedRoute } from '../site/index.ts';

export const GET = feedRoute();
