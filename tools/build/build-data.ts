import { availableParallelism } from 'node:os';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, Worker } from 'node:worker_threads';
import { ArticleFormatError } from '../../archive/core/articles/article-markdown';
import { assignIds, listArchiveFiles, type ArchiveFile } from './archive-files';
import { isZimArchive, listZimArticles } from './zim-files';
import { buildShare, type BuildShare, type BuiltShare } from './build-share';
import { ARTICLES_DIR, articleFiles } from './bundled-articles';
import { prepareDataDir, SEGMENT_BYTES, writeManifest, type WrittenData } from './write-data';

/** Folder the app's data is written to; Vite copies generated/public into the renderer build. */
export const DATA_DIR = fileURLToPath(new URL('../../generated/public/data/', import.meta.url));

/** Refusals listed one by one after a build; the rest are counted. */
const SHOWN_REFUSALS = 200;
/** Below this many articles one thread builds everything: starting workers would cost more than it saves. */
const PARALLEL_FROM = 2_000;

export interface BuildReport extends WrittenData {
  refused: Array<{ path: string; reason: string }>;
}

/** How buildData reads its folder and splits the work. */
export interface BuildOptions {
  threads?: number;
  parallelFrom?: number;
  /** Encoded bytes at which a share's segment is written and another begun (SEGMENT_BYTES; tests make it small). */
  segmentBytes?: number;
  /**
   * 'airgap': the bundled archive, Airgap's own article files, any bad one fails the build;
   * 'folder': any .md, .html and .txt files under the folder, bad ones reported and left out;
   * 'zim': every article of a Kiwix ZIM file's title index, bad pages reported and left out.
   */
  mode?: 'airgap' | 'folder' | 'zim';
}

/**
 * Replaces the data folder with the files for the archive, so no stale article outlives its source. A large
 * archive is split into contiguous shares of its files, one segment each, built on all cores at once: searched
 * together they rank exactly as one index over the files in order would.
 */
export async function buildData(
  articlesDir = ARTICLES_DIR,
  dataDir = DATA_DIR,
  {
    threads = availableParallelism(),
    parallelFrom = PARALLEL_FROM,
    mode = 'airgap',
    segmentBytes = SEGMENT_BYTES,
  }: BuildOptions = {},
): Promise<BuildReport> {
  const zim = mode === 'zim' ? await listZimArticles(articlesDir) : undefined;
  const files: ArchiveFile[] =
    zim?.files ??
    (mode === 'airgap'
      ? (await articleFiles(articlesDir)).map((path) => ({ path, id: path }))
      : assignIds(await listArchiveFiles(articlesDir)));
  if (files.length === 0) {
    throw new Error(
      mode === 'airgap'
        ? `no articles in ${articlesDir}; run npm run generate:archive`
        : mode === 'zim'
          ? `no articles in the title index of ${articlesDir}`
          : `no .md, .html or .txt files in ${articlesDir}`,
    );
  }
  await prepareDataDir(dataDir);
  const shares = files.length < parallelFrom ? 1 : Math.max(1, Math.min(threads, files.length));
  const size = Math.ceil(files.length / shares);
  const built = await Promise.all(
    Array.from({ length: shares }, (_, segment) => {
      const share: BuildShare = {
        articlesDir,
        files: files.slice(segment * size, (segment + 1) * size),
        dataDir,
        segment,
        segmentBytes,
        mode,
        source: zim?.source ?? basename(resolve(articlesDir)),
        ...(zim !== undefined && { language: zim.language }),
      };
      return shares === 1 ? buildShare(share) : buildShareInWorker(share);
    }),
  );
  const refused = built.flatMap((b) => b.refused);
  if (refused.length === files.length)
    throw new Error(`none of the ${files.length} files in ${articlesDir} could be read`);
  return {
    ...(await writeManifest(
      dataDir,
      built.flatMap((b) => b.written),
    )),
    refused,
  };
}

function buildShareInWorker(share: BuildShare): Promise<BuiltShare> {
  return new Promise((resolvePromise, reject) => {
    // The worker is TypeScript: a small bootstrap registers tsx in the thread, as this script runs under it.
    const entry = JSON.stringify(new URL('./build-data-worker.ts', import.meta.url).href);
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); });`;
    const worker = new Worker(bootstrap, { eval: true, workerData: share });
    worker.once('message', (reply: { ok: true; built: BuiltShare } | { ok: false; message: string }) => {
      if (reply.ok) resolvePromise(reply.built);
      else reject(new ArticleFormatError(reply.message));
    });
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`a build worker stopped with code ${code}`)),
    );
  });
}

function megabytes(bytes: number): string {
  return bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

// Run only when invoked as a script (not when imported by tests or by a build worker, which shares argv).
if (
  isMainThread &&
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  const { values } = parseArgs({
    options: { archive: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean' } },
  });
  const articlesDir = values.archive === undefined ? ARTICLES_DIR : resolve(values.archive);
  const dataDir = values.out === undefined ? DATA_DIR : resolve(values.out);
  const started = performance.now();
  const written = await buildData(articlesDir, dataDir, {
    mode: values.archive === undefined ? 'airgap' : isZimArchive(values.archive) ? 'zim' : 'folder',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build:data → ${relative(process.cwd(), dataDir) || dataDir}`);
  console.log(
    `  ${written.articles.toLocaleString('en')} articles from ${relative(process.cwd(), articlesDir) || '.'}`,
  );
  console.log(`  ${'search/ (index)'.padEnd(26)} ${megabytes(written.indexBytes)}`);
  console.log(`  ${'search/ (positions)'.padEnd(26)} ${megabytes(written.positionBytes)}`);
  console.log(`  ${'manifest.json'.padEnd(26)} ${megabytes(written.manifestBytes)}`);
  console.log(`  ${'articles/'.padEnd(26)} ${megabytes(written.articleBytes)}`);
  console.log(`  done in ${seconds} s, peak memory ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
  if (written.refused.length > 0) {
    const shown = written.refused.slice(0, SHOWN_REFUSALS);
    const count = written.refused.length;
    console.error(`\n${count.toLocaleString('en')} ${count === 1 ? 'file' : 'files'} left out:`);
    for (const { path, reason } of shown) console.error(`  ${path}: ${reason}`);
    if (written.refused.length > shown.length)
      console.error(`  … and ${written.refused.length - shown.length} more`);
    if (values.strict) {
      console.error('--strict: the build fails when any file is left out.');
      process.exitCode = 1;
    }
  }
}
