// A build-data worker thread: indexes one contiguous share of the archive's files into one segment, so the
// build uses every core. Its input and output are plain data (see BuildShare and BuiltShare).
import { parentPort, workerData } from 'node:worker_threads';
import type { ArchiveFile } from './archive-files';
import { buildShare } from './build-data';

/** What a worker is asked to build. */
export interface BuildShare {
  articlesDir: string;
  files: ArchiveFile[];
  dataDir: string;
  segment: number;
  mode: 'airgap' | 'folder';
  /** The source named for files that do not state one (the folder's name). */
  source: string;
}

try {
  parentPort?.postMessage({ ok: true, built: await buildShare(workerData as BuildShare) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
