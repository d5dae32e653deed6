// Run in a fresh Node process by the search benchmark: loads one engine's index from disk, runs one query, and
// prints JSON timings, so start-up is measured without anything already warm in memory.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { plainText } from '../../../archive/core/articles/article';
import { parseManifest } from '../../../archive/core/articles/data-files';
import { builtArticles } from '../../../archive/core/libraries/built-articles';
import { createSearchService } from '../../../archive/core/search';
import { SegmentReader } from '../../../archive/core/search';

/** What the child process prints: milliseconds from before reading the index to the first result, and heap. */
export interface FirstResult {
  loadMs: number;
  firstResultMs: number;
  /** JS heap plus array buffers (where the app's index lives), after a garbage collection. */
  heapMB: number;
  hits: number;
}

async function appFirstResult(dataDir: string, query: string): Promise<number> {
  const manifest = parseManifest(JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8')));
  const readers = await Promise.all(
    manifest.segments.map(async (paths) => new SegmentReader(await readFile(join(dataDir, paths.index)))),
  );
  loaded = performance.now();
  const articles = builtArticles(async (path) => new Uint8Array(await readFile(join(dataDir, path))));
  const service = createSearchService({
    segments: readers,
    loadBody: async (id) => plainText((await articles.article(id)).blocks),
    loadPositions: (s) => readFile(join(dataDir, manifest.segments[s]!.positions)),
  });
  retained = service;
  const response = await service.search(query);
  return response.status === 'ok' ? response.total : -1;
}

async function lunrFirstResult(file: string, query: string): Promise<number> {
  const index = lunr.Index.load(JSON.parse(await readFile(file, 'utf8')));
  loaded = performance.now();
  retained = index;
  return index.search(query).length;
}

async function miniSearchFirstResult(file: string, query: string): Promise<number> {
  const index = MiniSearch.loadJSON(await readFile(file, 'utf8'), { fields: ['title', 'body'] });
  loaded = performance.now();
  retained = index;
  return index.search(query).length;
}

let loaded = 0;
// Holds the loaded index until the heap is measured, so a collection cannot free it first.
let retained: unknown;
const [engine, path, query] = process.argv.slice(2);
if (engine === undefined || path === undefined || query === undefined) {
  throw new Error('usage: first-result.ts app|lunr|minisearch <path> <query>');
}
const started = performance.now();
const run = { app: appFirstResult, lunr: lunrFirstResult, minisearch: miniSearchFirstResult }[engine];
if (run === undefined) throw new Error(`unknown engine ${engine}`);
const hits = await run(path, query);
const done = performance.now();
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
const result: FirstResult = {
  loadMs: loaded - started,
  firstResultMs: done - started,
  heapMB: (memory.heapUsed + memory.arrayBuffers) / 2 ** 20,
  hits,
};
if (retained === undefined) throw new Error('nothing was loaded');
console.log(JSON.stringify(result));
