/**
 * The build's progress report: each phase (content checked, pages rendered, cards drawn,
 * search indexed, checks) as one line ending with its time. In a terminal the running phase's
 * line updates in place; elsewhere (CI, a log file) a plain line is printed every few seconds
 * while a phase runs, so a long build never goes quiet. scripts/build.ts turns the report on;
 * without it (npm run check, tests that call a step) phases are silent.
 *
 * State lives on globalThis: the pages Astro renders import this module from their own bundle.
 */
import { formatPhase, formatSeconds, type PhaseReport } from '../lib/progress.ts';
import { recordPhase } from '../integrations/build-timings.ts';

interface Reporter {
  enabled: boolean;
  live: boolean;
  /** Milliseconds between plain lines while a phase runs (not in a terminal). */
  every: number;
  write: (text: string) => void;
}

const KEY = Symbol.for('cascade.progress');
const reporter = (): Reporter =>
  ((globalThis as Record<symbol, Reporter>)[KEY] ??= { enabled: false, live: false, every: 10_000, write: (text) => void process.stdout.write(text) });

/**
 * Turns the report on for this process: live in a terminal, a line every `every` ms otherwise
 * (CASCADE_PROGRESS_EVERY overrides it, in seconds).
 */
export function enableProgress(options: { live?: boolean; every?: number; write?: (text: string) => void } = {}): void {
  const r = reporter();
  r.enabled = true;
  if (options.write) r.write = options.write;
  r.live = options.live ?? Boolean(process.stdout.isTTY);
  const seconds = Number(process.env.CASCADE_PROGRESS_EVERY);
  r.every = options.every ?? (seconds > 0 ? seconds * 1000 : 10_000);
}

export interface Phase {
  /** Counts `n` more items done; `name` is remembered to name what was redone when it is little. */
  tick(name?: string): void;
  /** Sets how many items there are, when it is known after the phase started. */
  setTotal(total: number): void;
  /** Ends the phase and prints its line with its time; returns the line. */
  end(final?: Partial<Omit<PhaseReport, 'name' | 'ms'>>): string;
  readonly done: number;
  readonly total: number | undefined;
  readonly names: readonly string[];
}

/** Names kept for the "what was redone" note; beyond this many they are not shown. */
const NAMES_KEPT = 10;

/**
 * Starts a phase (its time counted from `since` when work began before it could be counted).
 * `timing` also adds its time to the bench's timings under that name.
 * @example const phase = startPhase('cards drawn', { total: 3 }); phase.tick(); phase.end();
 */
export function startPhase(name: string, options: { total?: number; unit?: string; timing?: string; since?: number } = {}): Phase {
  const r = reporter();
  const started = options.since ?? performance.now();
  const state: PhaseReport = { name, done: 0, total: options.total, unit: options.unit };
  const names: string[] = [];
  let drawn = 0;
  const draw = () => {
    if (!r.enabled || !r.live) return;
    const now = performance.now();
    if (now - drawn < 100) return;
    drawn = now;
    r.write(`\r\x1b[2K${formatPhase(state)}`);
  };
  // A phase that counts nothing while it runs (the search index) says only how long it has run.
  const running = () => `${state.done === 0 && state.total === undefined ? name : formatPhase(state)}… ${formatSeconds(performance.now() - started)} so far\n`;
  const timer = r.enabled && !r.live ? setInterval(() => r.write(running()), r.every) : undefined;
  timer?.unref();
  draw();
  return {
    tick(item) {
      state.done += 1;
      if (item !== undefined && names.length <= NAMES_KEPT) names.push(item);
      draw();
    },
    setTotal(total) {
      state.total = total;
      draw();
    },
    end(final = {}) {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (options.timing) recordPhase(options.timing, ms);
      const line = formatPhase({ ...state, ...final, ms });
      if (r.enabled) r.write(`${r.live ? '\r\x1b[2K' : ''}${line}\n`);
      return line;
    },
    get done() {
      return state.done;
    },
    get total() {
      return state.total;
    },
    get names() {
      return names;
    },
  };
}
