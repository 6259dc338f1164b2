import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIrregularFiles, irregularFileProblems } from './public-files.ts';

describe('files under public/ that are not plain files', () => {
  it('are found by name, at any depth, without following them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'cascade-public-'));
    await mkdir(path.join(root, 'public/reports/old'), { recursive: true });
    await writeFile(path.join(root, 'public/reports/a.pdf'), '%PDF-1.7');
    await symlink('../../.git/config', path.join(root, 'public/reports/config.pdf'));
    await symlink(tmpdir(), path.join(root, 'public/reports/old/everything'));
    const found = await findIrregularFiles(path.join(root, 'public'));
    expect(found.map((f) => [path.basename(f.file), f.kind])).toEqual([
      ['config.pdf', 'a symbolic link'],
      ['everything', 'a symbolic link'],
    ]);
    const [problem] = await irregularFileProblems([path.join(root, 'public')]);
    expect(problem).toMatchObject({ field: '', severity: 'error' });
    expect(problem!.message).toMatch(/^is a symbolic link, not a plain file\. Cascade reads and publishes only plain files from .*public\/ and never follows a link/);
  });

  it('are none in a folder that does not exist', async () => {
    expect(await findIrregularFiles(path.join(tmpdir(), 'cascade-no-such-folder'))).toEqual([]);
  });
});
