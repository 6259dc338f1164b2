/**
 * Records how long each phase of a build takes (content sync, render, the steps after it),
 * for `npm run bench`. Other build steps add their own phase with `recordPhase`. Writes JSON
 * to the file named by CASCADE_TIMINGS; does nothing otherwise.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const KEY = Symbol.for('cascade.build-timings');
type Registry = Map<string, number>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[KEY] ??= new Map());

/** Adds `ms` to the named phase (a step may run several times, e.g. per batch). */
export function recordPhase(name: string, ms: number): void {
  registry().set(name, (registry().get(name) ?? 0) + ms);
}

export function buildTimingsIntegration(): AstroIntegration {
  const marks: Record<string, number> = {};
  const mark = (name: string) => (marks[name] = performance.now());
  return {
    name: 'cascade:build-timings',
    hooks: {
      'astro:config:done': () => void mark('configDone'),
      'astro:build:start': () => void mark('buildStart'),
      'astro:build:generated': () => void mark('generated'),
      'astro:build:done': () => {
        const file = process.env.CASCADE_TIMINGS;
        if (!file) return;
        const end = performance.now();
        const phases = {
          sync: (marks.buildStart ?? end) - (marks.configDone ?? end),
          render: (marks.generated ?? end) - (marks.buildStart ?? end),
          afterRender: end - (marks.generated ?? end),
          ...Object.fromEntries(registry()),
          // This Node process's own peak; Pagefind's indexer runs as a separate process.
          nodePeakRssMb: process.resourceUsage().maxRSS / 1024,
        };
        writeFileSync(file, JSON.stringify(phases));
      },
    },
  };
}
