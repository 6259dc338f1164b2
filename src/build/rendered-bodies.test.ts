import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../lib/body/index.ts';
import { bodyKey } from '../lib/body/render-body.ts';
import { keepRenderedBodies, restoreRenderedBodies } from './rendered-bodies.ts';

const unique = (what: string) => `## ${what}\n\nWritten at ${process.hrtime.bigint()} for this test.\n`;

async function keptFile(cacheDir: string) {
  const [name] = (await readdir(cacheDir)).filter((f) => f.startsWith('cascade-bodies-'));
  const file = path.join(cacheDir, name!);
  return { file, kept: JSON.parse(await readFile(file, 'utf8')) as { stamp: string; bodies: [string, { html: string }][] } };
}

describe('rendered bodies kept between builds', () => {
  it('are what the next build uses instead of rendering the body again', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cascade-bodies-'));
    const body = unique('Kept');
    renderBody(body);
    await keepRenderedBodies('content', cacheDir);
    const { file, kept } = await keptFile(cacheDir);
    expect(kept.bodies.map(([key]) => key)).toContain(bodyKey(body));

    // A body this process has never rendered, planted in the kept file: the next render returns
    // the kept result, which shows the file was read and nothing was parsed.
    const later = unique('Planted');
    kept.bodies.push([bodyKey(later), { html: '<p>from the kept file</p>' }]);
    await writeFile(file, JSON.stringify(kept));
    await restoreRenderedBodies('content', cacheDir);
    expect(renderBody(later).html).toBe('<p>from the kept file</p>');
  });

  it('are ignored when the renderer has changed since they were kept', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cascade-bodies-'));
    renderBody(unique('Any'));
    await keepRenderedBodies('content', cacheDir);
    const { file, kept } = await keptFile(cacheDir);
    const later = unique('Stale');
    kept.stamp = 'a renderer from before';
    kept.bodies.push([bodyKey(later), { html: '<p>stale</p>' }]);
    await writeFile(file, JSON.stringify(kept));
    await restoreRenderedBodies('content', cacheDir);
    expect(renderBody(later).html).toContain('<h2 id="stale">Stale</h2>');
  });

  it('are ignored when the file is damaged, and the build goes on', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cascade-bodies-'));
    renderBody(unique('Any'));
    await keepRenderedBodies('content', cacheDir);
    const { file } = await keptFile(cacheDir);
    await writeFile(file, '{"stamp": "cut sh');
    await expect(restoreRenderedBodies('content', cacheDir)).resolves.toBeUndefined();
  });
});
