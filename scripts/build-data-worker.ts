// A build-data worker thread: indexes one contiguous share of the archive's files into one segment, so the
// build uses every core. Its input and output are plain data (see BuildShare and WrittenSegment).
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleStream } from './build-data';
import { SegmentWriter } from './write-data';

/** What a worker is asked to build. */
export interface BuildShare {
  articlesDir: string;
  names: string[];
  dataDir: string;
  segment: number;
}

const share = workerData as BuildShare;
try {
  const writer = new SegmentWriter(share.dataDir);
  for await (const article of readArticleStream(share.articlesDir, share.names)) await writer.add(article);
  parentPort?.postMessage({ ok: true, written: await writer.finish(share.segment) });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
