/**
 * Time limits for the build's external steps (Pagefind, card drawing, the HTML check
 * workers, reading a neighbour's open data, waiting for another build), so a step that
 * hangs stops the build with a message instead of holding it for ever (a neighbour that
 * hangs is left behind instead: see src/build/neighbour-data.ts). Each limit can be
 * changed with an environment variable in seconds, e.g. CASCADE_TIME_LIMIT_SEARCH=1800 for a very large site (or 0.01 in a test).
 */
import { BuildStepError } from './errors.ts';

/** Default limits in seconds: far above what the step takes on a national-size site. */
export const TIME_LIMITS = {
  /** One request to Pagefind (indexing every page is one request). */
  search: 900,
  /** Drawing one card image. */
  card: 120,
  /** Reading and validating one built HTML file. */
  'html-check': 120,
  /** Reading one file of a neighbour partnership's open data: a slow neighbour is left behind, never waited for. */
  neighbour: 20,
  /** Waiting for another build in the same folder to finish. */
  lock: 1800,
} as const;

export type TimedStep = keyof typeof TIME_LIMITS;

/**
 * The environment variable that overrides a step's limit.
 * @example timeLimitVariable('html-check') // 'CASCADE_TIME_LIMIT_HTML_CHECK'
 */
export const timeLimitVariable = (step: TimedStep): string => `CASCADE_TIME_LIMIT_${step.toUpperCase().replace(/-/g, '_')}`;

/**
 * A step's limit in milliseconds: its environment variable (seconds) when set to a positive number, else the default.
 * @example timeLimitOf('card', { CASCADE_TIME_LIMIT_CARD: '0.5' }) // 500
 */
export function timeLimitOf(step: TimedStep, env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env[timeLimitVariable(step)]);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : TIME_LIMITS[step]) * 1000;
}

/**
 * "2 s", "1.5 s", "15 min": a limit as people read it.
 * @example formatLimit(900_000) // '15 min'
 */
export function formatLimit(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Number((ms / 1000).toPrecision(3))} s`;
}

/** A build step ran out of time; the build stops and dist/ stays as it was. */
export class TimeLimitError extends BuildStepError {
  override name = 'TimeLimitError';
  readonly step: TimedStep;
  constructor(step: TimedStep, what: string, ms: number) {
    super(
      'A build step took too long',
      `${what} took longer than ${formatLimit(ms)} and was stopped.`,
      { hint: `If the site is very large this may be normal: raise the limit with ${timeLimitVariable(step)}=<seconds>. Otherwise the step is stuck: run the build again with CASCADE_DEBUG=1 and report what it prints.` },
    );
    this.step = step;
  }
}

/**
 * Settles like `work`, or rejects with a TimeLimitError once the step's limit has passed;
 * `onTimeout` then stops whatever is still running (kills the process, ends the worker).
 * With `holdsProcess: false` the timer alone does not keep Node running: for work whose
 * death is noticed only when the event loop empties (see search-index.ts), a ref'd timer
 * would hide that death for the whole limit.
 * @example await withTimeLimit('search', 'Pagefind indexing the site', index.addDirectory(…), () => pagefind.close());
 */
export function withTimeLimit<T>(
  step: TimedStep,
  what: string,
  work: Promise<T>,
  onTimeout?: () => unknown,
  ms = timeLimitOf(step),
  { holdsProcess = true }: { holdsProcess?: boolean } = {},
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new TimeLimitError(step, what, ms));
      // Stopping the stuck step is best effort; the build already stops with the message above.
      Promise.resolve().then(onTimeout).catch(() => undefined);
    }, ms);
    if (!holdsProcess) timer.unref();
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
