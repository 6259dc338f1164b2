import { feedRoute } from '../../site/index.ts';

export const GET = feedRoute('courses');
