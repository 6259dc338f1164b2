// Two builds of a copy of the example content, with its own card cache: the first draws every
// card, the second, after one briefing's title changed, draws exactly that one. The copy also
// holds a winter issue whose period runs past the build date and an embargoed briefing dated
// inside it, which must be in no form of the issue.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Runs a build and returns its report of the cards, e.g. 'cards drawn 1 of 1 (27 cached, redone: briefings/x)'. */
function build(): string {
  const run = runBuild(out, env);
  expect(run.status, run.output).toBe(0);
  const lines = run.output.split('\n').filter((line) => line.startsWith('cards drawn '));
  expect(lines, run.output).toHaveLength(1);
  return lines[0]!.replace(/ in [\d.]+ s$/, '');
}

const cardsIn = (dir: string) => Object.fromEntries(['briefings', 'reviews'].flatMap((c) => readdirSync(path.join(dir, 'cards', c)).map((f) => [`${c}/${f}`, readFileSync(path.join(dir, 'cards', c, f))])));

let cold: string;
let warm: string;
let coldCards: Record<string, Buffer>;
let warmCards: Record<string, Buffer>;
beforeAll(() => {
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, 'newsletters/winter-2026.mdx'), '---\ntitle: Learning newsletter, winter 2026\nsummary: The winter issue.\npublished: 2026-11-20\nperiod:\n  from: 2026-11-01\n  to: 2027-01-31\n---\n\nWelcome to the winter issue.\n');
  writeFileSync(path.join(content, 'briefings/zz-in-period-public.mdx'), briefing('ZZ-PUBLIC-IN-PERIOD briefing', '2026-11-15'));
  writeFileSync(path.join(content, 'briefings/zz-in-period-embargoed.mdx'), briefing('ZZ-EMBARGOED-IN-PERIOD briefing', '2026-12-01'));
  cold = build();
  coldCards = cardsIn(out);
  const file = path.join(content, 'briefings/neglect-seven-minute-briefing.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: A new title for the neglect briefing'));
  warm = build();
  warmCards = cardsIn(out);
});

describe('unchanged cards are not redrawn', () => {
  test('a cold build draws every card', () => {
    const cards = Object.keys(coldCards).length;
    expect(cards).toBeGreaterThan(20);
    expect(cold).toBe(`cards drawn ${cards} of ${cards}`);
  });

  test('after one briefing’s title changed, the rebuild draws exactly that briefing’s card', () => {
    const changed = 'briefings/neglect-seven-minute-briefing';
    expect(warm).toBe(`cards drawn 1 of 1 (${Object.keys(coldCards).length - 1} cached, redone: ${changed})`);
    // Only that card's picture changed; every other card is the same PNG.
    expect(Object.keys(warmCards).filter((card) => !warmCards[card]!.equals(coldCards[card]!))).toEqual([`${changed}.png`]);
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
