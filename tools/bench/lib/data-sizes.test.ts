import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataSizes, folderBytes } from './data-sizes';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('data folder sizes', () => {
  it('adds up every file under a folder, however deep, and counts a missing folder as empty', async () => {
    dir = await mkdtemp(join(tmpdir(), 'data-sizes-'));
    await mkdir(join(dir, 'a', 'b', 'c'), { recursive: true });
    await writeFile(join(dir, 'one'), 'x'.repeat(10));
    await writeFile(join(dir, 'a', 'two'), 'x'.repeat(200));
    await writeFile(join(dir, 'a', 'b', 'c', 'three'), 'x'.repeat(3000));
    expect(await folderBytes(dir)).toBe(3210);
    expect(await folderBytes(join(dir, 'nowhere'))).toBe(0);
  });

  it('takes the index and positions files the manifest names, and the bodies from articles/', async () => {
    dir = await mkdtemp(join(tmpdir(), 'data-sizes-'));
    await mkdir(join(dir, 'search'));
    await mkdir(join(dir, 'articles', 'cluster-0'), { recursive: true });
    const segments = [0, 1].map((s) => ({
      index: `search/segment-${s}.bin`,
      positions: `search/segment-${s}.pos.bin`,
    }));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ version: 2, articles: [], segments }));
    for (const { index, positions } of segments) {
      await writeFile(join(dir, index), 'i'.repeat(100));
      await writeFile(join(dir, positions), 'p'.repeat(40));
    }
    // A file the manifest does not name is not the index.
    await writeFile(join(dir, 'search', 'other.bin'), 'o'.repeat(7));
    await writeFile(join(dir, 'articles', 'offsets.bin'), 'o'.repeat(5));
    await writeFile(join(dir, 'articles', 'cluster-0', 'bodies'), 'b'.repeat(500));
    expect(await dataSizes(dir)).toEqual({ index: 200, positions: 80, bodies: 505 });
  });
});
