import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { enableProgress, startPhase } from './progress.ts';

function capture(live: boolean, every = 30): string[] {
  const out: string[] = [];
  enableProgress({ live, every, write: (text) => void out.push(text) });
  return out;
}

describe('the build’s progress report', () => {
  test('in CI a running phase prints a plain line every few seconds, then its line with its time', async () => {
    const out = capture(false);
    const phase = startPhase('pages rendered', { total: 3 });
    phase.tick('/a/');
    await sleep(80);
    phase.tick('/b/');
    phase.end();
    expect(out.join('')).not.toContain('\r');
    expect(out.slice(0, -1).length).toBeGreaterThanOrEqual(1);
    expect(out.slice(0, -1).every((line) => /^pages rendered 1 of 3… 0\.\d s so far\n$/.test(line))).toBe(true);
    expect(out.at(-1)).toMatch(/^pages rendered 2 of 3 in 0\.\d s\n$/);
  });

  test('in CI a phase that counts nothing while it runs says how long it has run', async () => {
    const out = capture(false);
    const phase = startPhase('search indexed', { unit: 'pages' });
    await sleep(50);
    phase.end({ done: 12 });
    expect(out[0]).toMatch(/^search indexed… 0\.\d s so far\n$/);
    expect(out.at(-1)).toMatch(/^search indexed 12 pages in 0\.\d s\n$/);
  });

  test('in CI a phase shorter than the interval prints only its final line', () => {
    const out = capture(false, 10_000);
    startPhase('cards drawn', { total: 0 }).end({ note: 'all cached' });
    expect(out).toEqual([expect.stringMatching(/^cards drawn 0 of 0 \(all cached\) in 0\.0 s\n$/)]);
  });

  test('in a terminal the line is redrawn in place and ends with a new line', async () => {
    const out = capture(true);
    const phase = startPhase('links and HTML checked', { unit: 'pages' });
    phase.setTotal(2);
    await sleep(120);
    phase.tick();
    phase.end();
    expect(out.every((text) => text.startsWith('\r\x1b[2K'))).toBe(true);
    expect(out).toContain('\r\x1b[2Klinks and HTML checked 1 of 2 pages');
    const last = out.at(-1)!;
    expect(last.startsWith('\r\x1b[2K')).toBe(true);
    expect(last.slice(5)).toMatch(/^links and HTML checked 1 of 2 pages in 0\.\d s\n$/);
  });
});
