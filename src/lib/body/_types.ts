/** A place in a body: line and column count from 1 at the body's first line. */
export interface Point {
  line: number;
  column: number;
}

/** One thing wrong in a body, at the place an editor must change. */
export interface BodyProblem extends Point {
  /** Which catalogue problem it is (src/problems/catalogue.ts). */
  code: 'body-code' | 'body-html' | 'body-url';
  message: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}
