// What a built data folder takes on disk, measured without assuming its layout beyond the manifest: the index and
// positions files are the ones the manifest names, the bodies everything under articles/, however it is stored.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseManifestHead } from '../../../archive/core/articles/data-files';

/** Bytes of every file under `dir`, subfolders included (0 for a folder that does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let total = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

/** A built data folder's search index, phrase positions and article bodies, in bytes. */
export interface DataSizes {
  index: number;
  positions: number;
  bodies: number;
}

/** Measures the data folder the app's build wrote. */
export async function dataSizes(dataDir: string): Promise<DataSizes> {
  const { segments } = parseManifestHead(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
  let index = 0;
  let positions = 0;
  for (const paths of segments) {
    index += (await stat(join(dataDir, paths.index))).size;
    positions += (await stat(join(dataDir, paths.positions))).size;
  }
  return { index, positions, bodies: await folderBytes(join(dataDir, 'articles')) };
}
