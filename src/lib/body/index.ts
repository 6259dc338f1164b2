export { renderBody, rememberRenderedBodies, takeRenderedBodies, type RenderedBody } from './render-body.ts';
export { parseBody } from './parse-body.ts';
export { judgeUrl, ALLOWED_SCHEMES, ALLOWED_URLS_HINT, type UrlVerdict } from './safe-url.ts';
export { EDITOR_ELEMENTS, EDITOR_ATTRIBUTES, EDITOR_GLOBAL_ATTRIBUTES } from './allow-list.ts';
export type { BodyProblem, Heading } from './_types.ts';
