import { describe, expect, it } from 'vitest';
import { ALL_IMPORT_EXTENSIONS } from '../../archive/core/import/extensions';
import { IMPORT_FILE_EXTENSIONS } from '../../electron/contract';
import { sourcesFromChosen, sourcesFromFileList } from './collect-files';

describe('import sources', () => {
  it('the native dialog offers exactly the extensions the importer reads', () => {
    expect([...IMPORT_FILE_EXTENSIONS].sort()).toEqual([...ALL_IMPORT_EXTENSIONS].sort());
  });

  it("keep a folder picker's relative path, else the file's name", () => {
    const inFolder = new File(['x'], 'a.md');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: 'notes/a.md' });
    expect(sourcesFromFileList([inFolder, new File(['y'], 'b.txt')]).map((s) => s.path)).toEqual([
      'notes/a.md',
      'b.txt',
    ]);
  });

  it('turn natively chosen files into files, and refusals into refused sources', async () => {
    const sources = sourcesFromChosen([
      { path: 'notes/a.md', name: 'a.md', bytes: new TextEncoder().encode('# A') },
      { path: 'big.html', name: 'big.html', refused: 'it is larger than the 20 MB limit' },
    ]);
    expect(await sources[0]!.file.text()).toBe('# A');
    expect(sources[0]).toMatchObject({ path: 'notes/a.md' });
    expect(sources[1]).toMatchObject({ path: 'big.html', refused: 'it is larger than the 20 MB limit' });
  });
});
