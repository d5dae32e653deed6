// The benchmark archive on disk and built through the app's own build: articles written as the Markdown files a
// publisher's folder holds, then tools/build/build-data.ts run on them in a process of its own, so its time and
// peak memory are the build's alone.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeArticleMarkdown } from '../../../archive/core/articles/article-markdown';
import { benchArticleStream } from './corpus';
import { runMeasured } from './stats';

/** Heap the build's process may use: the default (about 4 GB) is too little past 100,000 articles. */
const BUILD_HEAP_MB = 16_384;

/** Writes the first `size` benchmark articles of `seed` into `dir` as Markdown files, a batch at a time. */
export async function writeBenchArchive(size: number, seed: number, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  let batch: Promise<void>[] = [];
  for (const article of benchArticleStream(size, seed)) {
    batch.push(writeFile(join(dir, `${article.id}.md`), serializeArticleMarkdown(article)));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
}

/** What the app's build of a folder took: wall time and the peak resident memory of its process. */
export interface BuildRun {
  ms: number;
  peakBytes: number;
}

/**
 * Builds `articlesDir` into `dataDir` with the app's build in a child process (its worker threads included in
 * the peak, which is GNU time's maximum resident set size). A build that runs out of memory fails with a message
 * that says so instead of the child's stack trace.
 */
export function buildAppData(articlesDir: string, dataDir: string, articles: number): BuildRun {
  try {
    const run = runMeasured(process.execPath, [
      `--max-old-space-size=${BUILD_HEAP_MB}`,
      '--import',
      'tsx',
      'tools/build/build-data.ts',
      '--archive',
      articlesDir,
      '--out',
      dataDir,
    ]);
    return { ms: run.ms, peakBytes: run.peakBytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (ranOutOfMemory(message)) {
      throw new Error(
        `The app's build of ${articles.toLocaleString('en')} articles ran out of memory (its heap may grow to ` +
          `${BUILD_HEAP_MB / 1024} GB; the machine may have killed it first). Choose smaller --sizes.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** Whether a failed child's output says it ran out of memory: V8's heap limit, or the kernel's OOM killer. */
export function ranOutOfMemory(output: string): boolean {
  return /heap out of memory|Allocation failed|terminated by signal 9|\bKilled\b|ENOMEM/i.test(output);
}
