// Kiwix's side of the scale benchmark: the same articles as a ZIM made by zimwriterfs (with its Xapian indexes,
// as Kiwix ships them), its size split into the indexes and the rest, and kiwix-serve timed from start to its
// first search answer.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ByteSource } from '../../../archive/core/zim/byte-source';
import { ZimArchive } from '../../../archive/core/zim/zim-archive';
import { makeBenchZim, type BenchZim } from './bench-zim-file';
import { benchArticleStream } from './corpus';
import { folderBytes } from './data-sizes';
import { startKiwixServe, type KiwixServer } from './kiwix-serve';
import { timed } from './stats';

/** Whether Kiwix's writer and server are on the PATH (Debian's zim-tools and kiwix-tools). */
export function kiwixInstalled(): boolean {
  return (
    spawnSync('sh', ['-c', 'command -v zimwriterfs && command -v kiwix-serve'], { stdio: 'ignore' })
      .status === 0
  );
}

/** A bench ZIM with the bytes of its file, of its two Xapian indexes, and of the pages it was made from. */
export interface KiwixZim extends BenchZim {
  zimBytes: number;
  /** The full-text index (X/fulltext/xapian) and the title index (X/title/xapian). */
  fulltextBytes: number;
  titleBytes: number;
  /** The HTML pages zimwriterfs read, deleted once the ZIM is made. */
  htmlBytes: number;
}

/** Opens a file for the ZIM reader: tools/build's fileSource, passed in since this layer may not import the build. */
export type OpenFile = (path: string) => Promise<ByteSource & { close(): Promise<void> }>;

/** Makes a ZIM of the first `size` benchmark articles of `seed` in `work`, deleting the pages it was made from. */
export async function makeKiwixZim(
  size: number,
  seed: number,
  work: string,
  openFile: OpenFile,
): Promise<KiwixZim> {
  const zim = makeBenchZim(benchArticleStream(size, seed), work);
  const htmlBytes = await folderBytes(join(work, 'html'));
  await rm(join(work, 'html'), { recursive: true, force: true });
  const source = await openFile(zim.zimPath);
  try {
    const archive = await ZimArchive.open(source);
    // Xapian's databases are blobs of the X namespace; a ZIM written without them has none.
    const blobBytes = async (path: string): Promise<number> => {
      const dirent = await archive.findByPath('X', path);
      const entry = dirent && (await archive.resolve(dirent));
      return entry ? (await archive.content(entry)).bytes.length : 0;
    };
    return {
      ...zim,
      zimBytes: source.size,
      fulltextBytes: await blobBytes('fulltext/xapian'),
      titleBytes: await blobBytes('title/xapian'),
      htmlBytes,
    };
  } finally {
    await source.close();
  }
}

/** Times to first result of kiwix-serve runs, and the last server, left running for the search phase. */
export interface KiwixOpen {
  openMs: number[];
  server: KiwixServer;
}

/**
 * Starts kiwix-serve on the ZIM `runs` times (a port each, from `port` on), timing each from the spawn to the
 * answer to `query`; all but the last are stopped. Start-up is polled every 50 ms, so times are that coarse.
 */
export async function openKiwix(zimPath: string, port: number, query: string, runs = 3): Promise<KiwixOpen> {
  const openMs: number[] = [];
  for (let run = 0; ; run++) {
    const [server, ms] = await timed(async () => {
      const started = await startKiwixServe(zimPath, port + run);
      try {
        await started.search(query);
      } catch (error) {
        started.stop();
        throw error;
      }
      return started;
    });
    openMs.push(ms);
    if (run === runs - 1) return { openMs, server };
    server.stop();
  }
}
