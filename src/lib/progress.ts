/**
 * The words of the build's progress report: one line per phase, e.g. "pages rendered 12 of
 * 4,321 (4,309 reused) in 8.1 s". A long build says what it is doing with these lines, live
 * in a terminal and every few seconds in CI (src/build/progress.ts prints them).
 */

export interface PhaseReport {
  /** What the phase does, in the past tense: "pages rendered", "cards drawn". */
  name: string;
  /** How many items are done so far. */
  done: number;
  /** How many there are to do, when known before the phase ends. */
  total?: number;
  /** What the count counts when there is no total: "entries", "pages". */
  unit?: string;
  /** A short note in brackets: "4,309 reused", "all cached". */
  note?: string;
  /** How long the phase took, once it has ended. */
  ms?: number;
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Seconds for a phase's time: one decimal under a minute, whole seconds past it.
 * @example formatSeconds(8130) // '8.1 s'
 */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

/**
 * One line of the progress report; a phase that has ended ends with its time.
 * @example formatPhase({ name: 'cards drawn', done: 0, total: 0, note: 'all cached', ms: 12 }) // 'cards drawn 0 of 0 (all cached) in 0.0 s'
 * @example formatPhase({ name: 'content checked', done: 2034, unit: 'entries' }) // 'content checked 2,034 entries'
 */
export function formatPhase(phase: PhaseReport): string {
  const parts = [phase.name, count(phase.done)];
  if (phase.total !== undefined) parts.push(`of ${count(phase.total)}`);
  if (phase.unit) parts.push(phase.unit);
  if (phase.note) parts.push(`(${phase.note})`);
  if (phase.ms !== undefined) parts.push(`in ${formatSeconds(phase.ms)}`);
  return parts.join(' ');
}

/**
 * The note after a count of work done where the rest was reused: how much was reused, and
 * which items were redone when they are few enough to name (an editor sees what an edit touched).
 * @example reuseNote(2, 10, 'reused', ['/b/', '/a/']) // '8 reused, redone: /a/, /b/'
 * @example reuseNote(0, 5, 'cached') // 'all cached'
 */
export function reuseNote(done: number, total: number, word: string, names: readonly string[] = [], shown = 10): string | undefined {
  const reused = total - done;
  if (total > 0 && done === 0) return `all ${word}`;
  if (reused <= 0) return undefined;
  const list = names.length > 0 && names.length <= shown ? `, redone: ${[...names].sort().join(', ')}` : '';
  return `${count(reused)} ${word}${list}`;
}
