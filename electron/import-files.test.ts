import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseImportFiles, filesInFolder, readChosenFiles } from './import-files';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airgap-import-files-'));
  await mkdir(path.join(dir, 'notes', 'deep'), { recursive: true });
  await writeFile(path.join(dir, 'notes', 'a.md'), '# A');
  await writeFile(path.join(dir, 'notes', 'deep', 'b.HTML'), '<p>b</p>');
  await writeFile(path.join(dir, 'notes', 'c.pdf'), '%PDF');
  await writeFile(path.join(dir, 'notes', '.hidden.md'), '# hidden');
  await writeFile(path.join(dir, 'big.txt'), 'x'.repeat(2000));
  await symlink('/etc', path.join(dir, 'notes', 'link-to-etc'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('native import files', () => {
  it('finds importable files in a folder and its subfolders, not hidden ones, and follows no symlink', async () => {
    expect(await filesInFolder(path.join(dir, 'notes'))).toEqual([
      path.join(dir, 'notes', 'a.md'),
      path.join(dir, 'notes', 'deep', 'b.HTML'),
    ]);
  });

  /** A registry for tests that pick no ZIM file. */
  const noZims = {
    remember: async () => {
      throw new Error('no ZIM expected');
    },
  };

  it('reads each file, refusing unread those over the file or total limit and those it cannot read', async () => {
    const files = [path.join(dir, 'notes', 'a.md'), path.join(dir, 'big.txt'), path.join(dir, 'missing.md')];
    const chosen = await readChosenFiles(files, dir, { file: 1000, total: 10_000 });
    expect(chosen).toEqual([
      { path: 'notes/a.md', name: 'a.md', bytes: new Uint8Array(Buffer.from('# A')) },
      { path: 'big.txt', name: 'big.txt', refused: expect.stringMatching(/larger than/) },
      { path: 'missing.md', name: 'missing.md', refused: 'it could not be read (ENOENT)' },
    ]);
    const capped = await readChosenFiles(files.slice(0, 2), dir, { file: 5000, total: 100 });
    expect(capped[1]).toMatchObject({ refused: expect.stringMatching(/at most 512 MB/) });
  });

  it('asks the dialog for files or a folder and returns nothing when cancelled', async () => {
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path.join(dir, 'notes')] })),
    };
    const chosen = await chooseImportFiles(dialog as never, 'folder', noZims);
    expect(chosen.map((c) => c.path)).toEqual(['notes/a.md', 'notes/deep/b.HTML']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory'] }),
    );
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await chooseImportFiles(dialog as never, 'files', noZims)).toEqual([]);
  });

  it('remembers picked ZIM files to read in place, without reading them, beside the files it reads', async () => {
    const zim = path.join(dir, 'wiki.zim');
    const broken = path.join(dir, 'broken.ZIM');
    await writeFile(zim, 'ZIM bytes that must not be read here');
    await writeFile(broken, 'x');
    const remember = vi.fn(async (file: string) => {
      if (file === broken) throw new Error('this is not a ZIM file');
      return { uuid: 'a'.repeat(32), name: 'wiki.zim', size: 36 };
    });
    const dialog = {
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: [zim, broken, path.join(dir, 'notes', 'a.md')],
      })),
    };
    const chosen = await chooseImportFiles(dialog as never, 'files', { remember });
    expect(chosen).toEqual([
      { path: 'wiki.zim', name: 'wiki.zim', zim: { uuid: 'a'.repeat(32), name: 'wiki.zim', size: 36 } },
      { path: 'broken.ZIM', name: 'broken.ZIM', refused: 'this is not a ZIM file' },
      { path: 'a.md', name: 'a.md', bytes: new Uint8Array(Buffer.from('# A')) },
    ]);
    const filters = (
      dialog.showOpenDialog.mock.calls[0] as unknown as [{ filters: { extensions: string[] }[] }]
    )[0].filters;
    expect(filters[0]!.extensions).toContain('zim');
  });
});
