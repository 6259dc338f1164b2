// Two builds of a copy of the example content, with its own card cache: the first draws every
// card, the second, after one briefing's title changed, draws exactly that one. The copy also
// holds a winter issue whose period runs past the build date and an embargoed briefing dated
// inside it, which must be in no form of the issue.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cascade-dissemination-'));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const env = { CASCADE_CONTENT: content, CASCADE_CARD_CACHE: path.join(work, 'card-cache') };
afterAll(() => rmSync(work, { recursive: true, force: true }));

const briefing = (title: string, published: string) => `---
title: ${title}
summary: A learning summary used by the newsletter test.
published: ${published}
format: learning-summary
audiences: [workforce]
keyMessages:
  - Talk to the child.
---

Learning summary body.
`;

/** Runs a build and returns what the card renderer recorded, e.g. ['card-drawn briefings/x', …]. */
function build(name: string): string[] {
  const stats = path.join(work, `${name}.stats`);
  const run = runBuild(out, { ...env, CASCADE_STATS: stats });
  expect(run.status, run.output).toBe(0);
  return readFileSync(stats, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('card-'))
    .map((line) => line.split(' ').slice(0, 2).join(' '));
}

let cold: string[];
let warm: string[];
beforeAll(() => {
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, 'newsletters/winter-2026.mdx'), '---\ntitle: Learning newsletter, winter 2026\nsummary: The winter issue.\npublished: 2026-11-20\nperiod:\n  from: 2026-11-01\n  to: 2027-01-31\n---\n\nWelcome to the winter issue.\n');
  writeFileSync(path.join(content, 'briefings/zz-in-period-public.mdx'), briefing('ZZ-PUBLIC-IN-PERIOD briefing', '2026-11-15'));
  writeFileSync(path.join(content, 'briefings/zz-in-period-embargoed.mdx'), briefing('ZZ-EMBARGOED-IN-PERIOD briefing', '2026-12-01'));
  cold = build('cold');
  const file = path.join(content, 'briefings/neglect-seven-minute-briefing.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A new title for the neglect briefing'));
  warm = build('warm');
});

describe('unchanged cards are not redrawn', () => {
  test('a cold build draws every card', () => {
    expect(cold.length).toBeGreaterThan(20);
    expect(cold.every((line) => line.startsWith('card-drawn '))).toBe(true);
  });

  test('after one briefing’s title changed, the rebuild draws exactly that briefing’s card', () => {
    expect(warm.filter((line) => line.startsWith('card-drawn '))).toEqual(['card-drawn briefings/neglect-seven-minute-briefing']);
    expect(warm.length).toBe(cold.length);
  });
});

describe('a newsletter issue whose period runs past the build date', () => {
  const forms = ['index.html', 'email.html', 'email.txt'];

  test.each(forms)('its %s lists the public briefing dated inside the period', (file) => {
    expect(readFileSync(path.join(out, 'newsletters/winter-2026', file), 'utf8')).toContain('ZZ-PUBLIC-IN-PERIOD');
  });

  test.each(forms)('its %s leaves out the embargoed briefing dated inside the period', (file) => {
    expect(readFileSync(path.join(out, 'newsletters/winter-2026', file), 'utf8')).not.toContain('ZZ-EMBARGOED-IN-PERIOD');
  });

  test('the embargoed briefing has no page and no card', () => {
    expect(existsSync(path.join(out, 'briefings/zz-in-period-embargoed'))).toBe(false);
    expect(existsSync(path.join(out, 'cards/briefings/zz-in-period-embargoed.png'))).toBe(false);
  });
});
