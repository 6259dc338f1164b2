import { describe, expect, test } from 'vitest';
import { planChromium } from './ensure-chromium.ts';

const machine = (over: Partial<Parameters<typeof planChromium>[0]> = {}) => ({ env: {}, exists: () => false, isRoot: false, hasApt: true, ...over });

describe('planChromium', () => {
  test('uses Debian’s Chromium when it is installed', () => {
    expect(planChromium(machine({ exists: (p) => p === '/usr/bin/chromium' }))).toEqual({ action: 'use', path: '/usr/bin/chromium' });
  });

  test('uses CHROMIUM_PATH when it points at a program', () => {
    expect(planChromium(machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, exists: (p) => p === '/opt/chrome/chrome' }))).toEqual({ action: 'use', path: '/opt/chrome/chrome' });
  });

  test('says so when CHROMIUM_PATH points at nothing, rather than installing another', () => {
    const plan = planChromium(machine({ env: { CHROMIUM_PATH: '/nowhere' }, isRoot: true }));
    expect(plan).toEqual({ action: 'stop', message: expect.stringContaining('CHROMIUM_PATH is /nowhere, but there is no file there.') });
  });

  test('installs Debian’s package when missing and running as root', () => {
    expect(planChromium(machine({ isRoot: true }))).toEqual({ action: 'install' });
  });

  test.each([
    ['not root', { isRoot: false, hasApt: true }],
    ['no apt-get', { isRoot: true, hasApt: false }],
  ])('stops with one sentence on what to install when it cannot install (%s)', (_why, over) => {
    const plan = planChromium(machine(over));
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.message).toMatch(/^The browser tests need Chromium, which is not installed: run `sudo apt-get install chromium`/);
  });
});
