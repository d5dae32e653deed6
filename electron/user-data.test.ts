import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { eraseSessionData, folderSize } from './user-data';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('folderSize', () => {
  it('adds up every file in nested folders and counts links as links, not what they point at', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'airgap-size-'));
    made.push(dir);
    await mkdir(path.join(dir, 'IndexedDB', 'app_airgap_0.indexeddb.leveldb'), { recursive: true });
    await writeFile(path.join(dir, 'Preferences'), 'x'.repeat(100));
    await writeFile(
      path.join(dir, 'IndexedDB', 'app_airgap_0.indexeddb.leveldb', '000003.log'),
      'y'.repeat(1000),
    );
    const link = path.join(dir, 'elsewhere');
    await symlink(os.tmpdir(), link);
    const linkSize = (await import('node:fs/promises')).lstat(link).then((s) => s.size);
    expect(await folderSize(dir)).toBe(1100 + (await linkSize));
  });

  it('answers 0 for a missing folder and skips what it cannot read', async () => {
    expect(await folderSize(path.join(os.tmpdir(), 'airgap-no-such-folder-xyz'))).toBe(0);
    const failing = { lstat: vi.fn(() => Promise.reject(new Error('EACCES'))), readdir: vi.fn() };
    expect(await folderSize('/x', failing as never)).toBe(0);
  });
});

describe('eraseSessionData', () => {
  it('clears storage, the HTTP cache and the code cache, in that order', async () => {
    const calls: string[] = [];
    await eraseSessionData({
      clearStorageData: async () => void calls.push('storage'),
      clearCache: async () => void calls.push('cache'),
      clearCodeCaches: async () => void calls.push('code'),
    } as never);
    expect(calls).toEqual(['storage', 'cache', 'code']);
  });
});
