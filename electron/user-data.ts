import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Session } from 'electron';

/** The file-system calls folderSize makes; injected so tests can fail them. */
export interface SizeFs {
  lstat: typeof lstat;
  readdir: (dir: string) => Promise<string[]>;
}

const nodeFs: SizeFs = { lstat, readdir: (dir) => readdir(dir) };

/**
 * Bytes of every file under dir, walked with a queue. Links are counted as links, never followed, so a link
 * to a big folder elsewhere is not reported as the user's data; unreadable entries count as 0, never throw.
 */
export async function folderSize(dir: string, fs: SizeFs = nodeFs): Promise<number> {
  let total = 0;
  const queue = [dir];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const info = await fs.lstat(current).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) {
      const names = await fs.readdir(current).catch(() => []);
      queue.push(...names.map((name) => path.join(current, name)));
    } else {
      total += info.size;
    }
  }
  return total;
}

/**
 * Clears everything the app's session stores: IndexedDB, local storage, caches, service workers, cookies and the
 * HTTP and code caches. The page deletes its own database first; this catches what the page cannot reach.
 */
export async function eraseSessionData(
  session: Pick<Session, 'clearStorageData' | 'clearCache' | 'clearCodeCaches'>,
): Promise<void> {
  await session.clearStorageData();
  await session.clearCache();
  await session.clearCodeCaches({});
}
