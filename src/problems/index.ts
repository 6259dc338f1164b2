export { PROBLEMS, isProblemCode, type ProblemCode, type ProblemSpec } from './catalogue.ts';
export { renderProblemReference } from './render-reference.ts';
