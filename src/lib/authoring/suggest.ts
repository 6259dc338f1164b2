/**
 * "Did you mean…?" suggestions for error messages, when an editor writes an id or slug that
 * does not exist: a typo (`neglet`), a swapped pair of letters (`negelct`), or part of the
 * real name (`abuse` for `domestic-abuse`).
 */

// Containment on one or two letters would match nearly every id.
const MIN_CONTAINED_LENGTH = 3;

/**
 * Edits needed to turn `a` into `b`, counting insertions, deletions, substitutions and swaps
 * of two neighbouring letters (optimal string alignment distance).
 * @example measureEditDistance('negelct', 'neglect') // 1
 */
export function measureEditDistance(a: string, b: string): number {
  // Three rows are enough: a swap looks back two rows.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

function isContained(value: string, candidate: string): boolean {
  const [shorter, longer] = value.length <= candidate.length ? [value, candidate] : [candidate, value];
  return shorter.length >= MIN_CONTAINED_LENGTH && longer.includes(shorter);
}

/**
 * Up to `max` candidates close to `value`, closest first and alphabetical among equals,
 * ignoring case. A candidate is close when it is within two edits, or 40% of the value's
 * length if more, without being wholly different; or when one contains the other.
 * @example suggestClosest('neglet', ['neglect', 'exploitation', 'online-safety']) // ['neglect']
 * @example suggestClosest('abuse', ['domestic-abuse', 'neglect', 'sexual-abuse']) // ['sexual-abuse', 'domestic-abuse']
 */
export function suggestClosest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = value.trim().toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length * 0.4));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const lower = candidate.toLowerCase();
    const distance = measureEditDistance(wanted, lower);
    // A distance as long as both words means nothing is shared: 'dv' is not a typo for 'ab'.
    const isTypo = distance <= limit && distance < Math.max(wanted.length, lower.length);
    if (isTypo || isContained(wanted, lower)) scored.push({ candidate, distance });
  }
  return scored
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
