import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFingerprint, readsNeighbours, rememberBuild, unchangedSinceLastBuild, type BuildInputs } from './unchanged-build.ts';

let root: string;
let inputs: BuildInputs;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cascade-unchanged-'));
  await mkdir(path.join(root, 'content/reviews'), { recursive: true });
  await mkdir(path.join(root, 'public/reports'), { recursive: true });
  await writeFile(path.join(root, 'content/reviews/child-a.mdx'), '---\ntitle: Child A\n---\nBody.\n');
  await writeFile(path.join(root, 'public/reports/child-a.pdf'), '%PDF-1.7 one');
  inputs = { contentDir: path.join(root, 'content'), fileDirs: [path.join(root, 'public')], outDir: path.join(root, 'dist'), buildDate: '2026-12-02', env: { CASCADE_BASE: '/' } };
});

describe('the fingerprint of a build’s inputs', () => {
  it('is the same when nothing changed', async () => {
    expect(await buildFingerprint(inputs)).toBe(await buildFingerprint({ ...inputs }));
  });

  it('changes with a word of content, the build date, a setting, or a document replaced', async () => {
    const before = await buildFingerprint(inputs);
    await writeFile(path.join(root, 'content/reviews/child-a.mdx'), '---\ntitle: Child A\n---\nBody!\n');
    const edited = await buildFingerprint(inputs);
    expect(edited).not.toBe(before);
    expect(await buildFingerprint({ ...inputs, buildDate: '2026-12-03' })).not.toBe(edited);
    expect(await buildFingerprint({ ...inputs, env: { CASCADE_BASE: '/lscp/' } })).not.toBe(edited);
    await writeFile(path.join(root, 'public/reports/child-a.pdf'), '%PDF-1.7 two');
    await utimes(path.join(root, 'public/reports/child-a.pdf'), new Date('2026-01-01'), new Date('2026-01-01'));
    expect(await buildFingerprint(inputs)).not.toBe(edited);
  });

  it('changes when a file is added or removed', async () => {
    const before = await buildFingerprint(inputs);
    await writeFile(path.join(root, 'content/reviews/child-b.mdx'), '');
    const added = await buildFingerprint(inputs);
    expect(added).not.toBe(before);
    await rm(path.join(root, 'content/reviews/child-b.mdx'));
    expect(await buildFingerprint(inputs)).toBe(before);
  });

  it('ignores settings that only change what a build prints about itself', async () => {
    const before = await buildFingerprint(inputs);
    expect(await buildFingerprint({ ...inputs, env: { ...inputs.env, CASCADE_TIMINGS: '/tmp/t.json', CASCADE_PROGRESS_EVERY: '5', HOME: '/elsewhere' } })).toBe(before);
  });
});

describe('the last build of a folder', () => {
  async function built() {
    await mkdir(inputs.outDir, { recursive: true });
    await writeFile(path.join(inputs.outDir, 'index.html'), '<!doctype html>');
    const fingerprint = await buildFingerprint(inputs);
    await rememberBuild(path.join(root, 'cache'), inputs.outDir, fingerprint, 2);
    return fingerprint;
  }

  it('is found with its warnings when the inputs and the folder are as it left them', async () => {
    const fingerprint = await built();
    expect(await unchangedSinceLastBuild(path.join(root, 'cache'), inputs.outDir, fingerprint)).toMatchObject({ warnings: 2 });
  });

  it('is not found for other inputs, another folder, or a folder that was replaced or edited since', async () => {
    const fingerprint = await built();
    const cache = path.join(root, 'cache');
    expect(await unchangedSinceLastBuild(cache, inputs.outDir, 'other')).toBeUndefined();
    expect(await unchangedSinceLastBuild(cache, path.join(root, 'site'), fingerprint)).toBeUndefined();
    await writeFile(path.join(inputs.outDir, 'index.html'), '<!doctype html><p>changed by hand');
    expect(await unchangedSinceLastBuild(cache, inputs.outDir, fingerprint)).toBeUndefined();
    await built();
    await rename(inputs.outDir, `${inputs.outDir}-old`);
    await mkdir(inputs.outDir);
    await writeFile(path.join(inputs.outDir, 'index.html'), '<!doctype html>');
    expect(await unchangedSinceLastBuild(cache, inputs.outDir, fingerprint)).toBeUndefined();
  });
});

describe('neighbours', () => {
  it('are read when network.yaml names a partnership, or cannot be read to tell', async () => {
    expect(await readsNeighbours(inputs.contentDir)).toBe(false);
    await writeFile(path.join(inputs.contentDir, 'network.yaml'), 'partnerships: []\n');
    expect(await readsNeighbours(inputs.contentDir)).toBe(false);
    await writeFile(path.join(inputs.contentDir, 'network.yaml'), 'partnerships:\n  - name: Kent\n    url: https://kent.example/\n');
    expect(await readsNeighbours(inputs.contentDir)).toBe(true);
    await writeFile(path.join(inputs.contentDir, 'network.yaml'), 'partnerships: [\n');
    expect(await readsNeighbours(inputs.contentDir)).toBe(true);
  });
});
