import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFacts, pdfLooksComplete, pdfText, PUBLIC_DIR, sniffFormat } from './documents.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a document’s real facts', () => {
  it.each([
    ['%PDF-1.7 …', 'x.docx', 'pdf'],
    ['PK\u0003\u0004....word/document.xml', 'x.pdf', 'docx'],
    ['PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text', 'x', 'odt'],
    ['<!DOCTYPE html><html>', 'x.pdf', 'html'],
    ['a,b\n1,2', 'x.csv', 'csv'],
  ])('%j named %s is %s', (head, name, expected) => {
    expect(sniffFormat(bytes(head), name)).toBe(expected);
  });

  it('counts the pages of an example report and reads its text', async () => {
    expect(await documentFacts('/reports/child-b-2022.pdf')).toEqual({ format: 'pdf', bytes: expect.any(Number) });
    expect(await documentFacts('/reports/child-b-2022.pdf', { pages: true })).toMatchObject({ format: 'pdf', pages: 4 });
    expect(await pdfText(path.join(PUBLIC_DIR, 'reports/child-b-2022.pdf'))).toContain('bruising protocol');
  });

  it('says null for a missing file, and reads a changed file again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cascade-docs-'));
    expect(await documentFacts('/a.txt', { publicDir: dir })).toBeNull();
    await writeFile(path.join(dir, 'a.txt'), 'hello');
    expect(await documentFacts('/a.txt', { publicDir: dir })).toEqual({ format: 'txt', bytes: 5 });
  });

  it('never looks outside public/ and never follows a link, whatever the href', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'cascade-docs-'));
    const publicDir = path.join(root, 'public');
    await mkdir(path.join(publicDir, 'reports'), { recursive: true });
    await writeFile(path.join(root, 'secret.txt'), 'outside');
    await symlink(path.join(root, 'secret.txt'), path.join(publicDir, 'reports/linked.txt'));
    await symlink(root, path.join(publicDir, 'up'));
    for (const href of ['/../secret.txt', '/reports/../../secret.txt', '/reports/%2e%2e/%2e%2e/secret.txt', '/reports/linked.txt', '/up/secret.txt']) {
      expect(await documentFacts(href, { publicDir }), href).toBeNull();
    }
  });
});

describe('a damaged PDF', () => {
  it.each([
    ['a complete PDF', '%PDF-1.7\n1 0 obj<<>>endobj\nxref\n0 1\ntrailer<<>>\nstartxref\n9\n%%EOF\n', true],
    ['padding after the end', '%PDF-1.7\nstartxref\n9\n%%EOF\n\0\0\0\n', true],
    ['a file cut short', '%PDF-1.7\n1 0 obj<<>>endobj\nxref\n0 1\ntrail', false],
    ['a PDF header over other bytes', '%PDF-1.7\nthis is not really a PDF at all', false],
  ])('%s: complete is %s', (_what, text, complete) => {
    expect(pdfLooksComplete(Buffer.from(text, 'latin1'))).toBe(complete);
  });
});
