/**
 * Runs before `npm test`: the browser tests need a Chromium. Uses CHROMIUM_PATH or Debian's
 * /usr/bin/chromium; when neither is there and this runs as root on Debian (CI, a fresh
 * container), installs Debian's package; otherwise stops with one sentence saying what to do.
 * Playwright's own browser download is not used: these machines reach only the npm registry
 * and Debian's packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type ChromiumPlan = { action: 'use'; path: string } | { action: 'install' } | { action: 'stop'; message: string };

/**
 * What to do about Chromium on this machine.
 * @example planChromium({ env: {}, exists: () => true, isRoot: false, hasApt: true }) // { action: 'use', path: '/usr/bin/chromium' }
 */
export function planChromium(machine: { env: Record<string, string | undefined>; exists: (path: string) => boolean; isRoot: boolean; hasApt: boolean }): ChromiumPlan {
  const chosen = machine.env.CHROMIUM_PATH;
  if (chosen) {
    return machine.exists(chosen)
      ? { action: 'use', path: chosen }
      : { action: 'stop', message: `CHROMIUM_PATH is ${chosen}, but there is no file there. Point it at a Chromium or Chrome program, or unset it to use ${DEBIAN_CHROMIUM}.` };
  }
  if (machine.exists(DEBIAN_CHROMIUM)) return { action: 'use', path: DEBIAN_CHROMIUM };
  if (machine.isRoot && machine.hasApt) return { action: 'install' };
  return {
    action: 'stop',
    message: `The browser tests need Chromium, which is not installed: run \`sudo apt-get install chromium\` (Debian or Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome program, then run npm test again.`,
  };
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (import.meta.main) {
  const plan = planChromium({ env: process.env, exists: existsSync, isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') });
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  if (plan.action === 'install') {
    console.log('Installing Debian’s Chromium for the browser tests (apt-get install chromium)…');
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium']) || !existsSync(DEBIAN_CHROMIUM)) {
      console.error(`Installing Chromium failed (see apt-get's message above). Install it yourself with \`apt-get install chromium\`, or set CHROMIUM_PATH, then run npm test again.`);
      process.exit(1);
    }
    console.log(`Chromium is installed at ${DEBIAN_CHROMIUM}.`);
  }
}
