// A build-data worker thread: indexes one contiguous share of the archive's files into one segment, so the
// build uses every core. Its input and output are plain data (see BuildShare and BuiltShare).
import { parentPort, workerData } from 'node:worker_threads';
import { buildShare, type BuildShare } from './build-share';

try {
  parentPort?.postMessage({ ok: true, built: await buildShare(workerData as BuildShare) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
