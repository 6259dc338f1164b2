import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDocuments } from './publish-documents.ts';

async function folders() {
  const root = await mkdtemp(path.join(tmpdir(), 'cascade-publish-'));
  const publicDir = path.join(root, 'public');
  const out = path.join(root, 'out');
  await mkdir(path.join(publicDir, 'reports'), { recursive: true });
  await mkdir(path.join(out, 'reviews/child-q'), { recursive: true });
  await writeFile(path.join(publicDir, 'reports/a.pdf'), '%PDF-1.7 a');
  await writeFile(path.join(publicDir, 'reports/draft.pdf'), '%PDF-1.7 draft');
  await writeFile(path.join(root, 'secret.txt'), 'outside');
  return { root, publicDir, out };
}

describe('publishing documents into the output', () => {
  it('copies the files it is given and nothing else from public/', async () => {
    const { publicDir, out } = await folders();
    await copyDocuments(publicDir, out, ['reports/a.pdf']);
    expect(readFileSync(path.join(out, 'reports/a.pdf'), 'utf8')).toBe('%PDF-1.7 a');
    expect(existsSync(path.join(out, 'reports/draft.pdf'))).toBe(false);
  });

  it('refuses a symbolic link, naming it, and copies nothing through it', async () => {
    const { root, publicDir, out } = await folders();
    await symlink(path.join(root, 'secret.txt'), path.join(publicDir, 'reports/linked.pdf'));
    await expect(copyDocuments(publicDir, out, ['reports/linked.pdf'])).rejects.toThrow('public/reports/linked.pdf is linked from a public review but is missing or not a plain file.');
    expect(existsSync(path.join(out, 'reports/linked.pdf'))).toBe(false);
  });

  it('never replaces a file the site built', async () => {
    const { publicDir, out } = await folders();
    await mkdir(path.join(publicDir, 'reviews/child-q'), { recursive: true });
    await writeFile(path.join(publicDir, 'reviews/child-q/index.html'), 'not the page');
    await writeFile(path.join(out, 'reviews/child-q/index.html'), 'the page');
    await expect(copyDocuments(publicDir, out, ['reviews/child-q/index.html'])).rejects.toThrow('would replace /reviews/child-q/index.html, which the site builds itself');
    expect(readFileSync(path.join(out, 'reviews/child-q/index.html'), 'utf8')).toBe('the page');
  });
});
