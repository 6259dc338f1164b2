import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TimeLimitError, formatLimit, timeLimitOf, timeLimitVariable, withTimeLimit } from './time-limit.ts';

describe('timeLimitOf', () => {
  test.each([
    [{}, 120_000],
    [{ CASCADE_TIME_LIMIT_CARD: '0.5' }, 500],
    [{ CASCADE_TIME_LIMIT_CARD: '0' }, 120_000],
    [{ CASCADE_TIME_LIMIT_CARD: 'soon' }, 120_000],
  ])('with %j a card may take %i ms', (env, ms) => {
    expect(timeLimitOf('card', env)).toBe(ms);
  });

  test('names its variable after the step', () => {
    expect(timeLimitVariable('html-check')).toBe('CASCADE_TIME_LIMIT_HTML_CHECK');
  });
});

describe('withTimeLimit', () => {
  test('a step that never ends is stopped with a message naming it, the limit and the setting', async () => {
    let stopped = false;
    const error = await withTimeLimit('search', 'Pagefind (indexing)', new Promise(() => {}), () => (stopped = true), 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeLimitError);
    expect((error as TimeLimitError).message).toBe('Pagefind (indexing) took longer than 0.02 s and was stopped.');
    expect((error as TimeLimitError).hint).toContain('CASCADE_TIME_LIMIT_SEARCH=<seconds>');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(stopped).toBe(true);
  });

  test('with holdsProcess: false the timer alone does not keep Node running, so a dead step is noticed at once', () => {
    // The child waits on a promise nothing will settle, under a 60 s limit; Node must reach
    // beforeExit straight away instead of after the limit.
    const script = [
      `import { withTimeLimit } from ${JSON.stringify(path.resolve(import.meta.dirname, 'time-limit.ts'))};`,
      `process.once('beforeExit', () => { console.log('loop emptied'); process.exit(0); });`,
      `withTimeLimit('search', 'x', new Promise(() => {}), undefined, 60_000, { holdsProcess: ${'${HOLDS}'} });`,
    ].join('\n');
    const run = (holds: boolean) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script.replace('${HOLDS}', String(holds))], { encoding: 'utf8', timeout: 5_000 });
    const free = run(false);
    expect(free.stdout + free.stderr).toContain('loop emptied');
    // Held (the default), the same child is still waiting when the 5 s test limit kills it.
    expect(run(true).signal).toBe('SIGTERM');
  });

  test('a step that ends in time gives its result', async () => {
    expect(await withTimeLimit('card', 'A card', Promise.resolve(7), undefined, 1000)).toBe(7);
  });

  test.each([
    [900_000, '15 min'],
    [1500, '1.5 s'],
    [10, '0.01 s'],
  ])('%i ms reads as %s', (ms, text) => {
    expect(formatLimit(ms)).toBe(text);
  });
});
