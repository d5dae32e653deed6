// `npm run bench:scale [-- --sizes=10000,50000 --million --no-agreement]`: the app at archive sizes toward
// Wikipedia's (issue 19). For each size (10,000, 50,000 and 200,000 real-text articles by default; 1,000,000 on
// request) it builds the archive through the app's own build, measures build time and peak memory, index and body
// sizes, open to first result, and search latency per query class with the documents each query scored; where
// zimwriterfs and kiwix-serve are installed, Kiwix's figures on the same articles in the same run, with ratios;
// and, up to 50,000 articles, whether the top 10 are Lunr's. Sizes the machine cannot hold are refused up front.
import { mkdir, mkdtemp, readFile, rm, statfs } from 'node:fs/promises';
import { freemem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnsweredReference, checkAgreement } from './lib/agreement';
import { openAppEngine } from './lib/app-engine';
import { buildAppData, writeBenchArchive } from './lib/bench-archive';
import { benchArticles } from './lib/corpus';
import { dataSizes, folderBytes } from './lib/data-sizes';
import type { FirstResult } from './lib/first-result';
import { lunrAnswers } from './lib/lunr-answers';
import { benchQueries, QUERY_CLASSES, type QueryClass } from './lib/queries';
import { kiwixInstalled, makeKiwixZim, openKiwix } from './lib/scale-kiwix';
import {
  AGREEMENT_MAX,
  agreementProblem,
  parseScaleArgs,
  roomProblem,
  type RoomCheck,
  type ScaleOptions,
} from './lib/scale-options';
import { timeClasses } from './lib/scale-search';
import { scaleTables, type AgreementResult, type SizeResult } from './lib/scale-tables';
import { runMeasured } from './lib/stats';
import { fileSource } from '../build/zim-files';
import { printTable } from '../dev/print-table';

const SEED = 1;
/** Timed runs of each query after its untimed one. */
const ROUNDS = 3;
/** Fresh processes timed for open to first result, on each side. */
const FRESH_RUNS = 3;
/**
 * Queries are drawn from at most this many articles: the archive starts with them at every size, and holding a
 * million articles in this process at once would take more memory than building them does.
 */
const QUERY_SOURCE_MAX = 200_000;
/** kiwix-serve listens from here on, 10 ports per size: clear of the app's preview and test servers (4321/4322). */
const FIRST_PORT = 8950;

let options: ScaleOptions;
try {
  options = parseScaleArgs(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const kiwix = kiwixInstalled();
const workRoot = await mkdtemp(join(tmpdir(), 'airgap-bench-scale-'));
const gc = (globalThis as { gc?: () => void }).gc;

// MemAvailable counts the page cache the kernel would give back; free memory alone would refuse sizes that fit.
async function availableMemory(): Promise<number> {
  try {
    const kb = /^MemAvailable:\s+(\d+) kB/m.exec(await readFile('/proc/meminfo', 'utf8'))?.[1];
    if (kb !== undefined) return Number(kb) * 1024;
  } catch {
    // Not Linux: fall back to what Node reports as free.
  }
  return freemem();
}

async function room(size: number, measured: RoomCheck['measured']): Promise<string | undefined> {
  const disk = await statfs(workRoot);
  const freeDisk = disk.bavail * disk.bsize;
  return roomProblem({
    size,
    availableMemory: await availableMemory(),
    freeDisk,
    ...(measured && { measured }),
  });
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Open to first result in fresh processes (tools/bench/lib/first-result.ts), so nothing is warm but the disk.
function freshFirstResult(dataDir: string, query: string): FirstResult {
  const runs = Array.from({ length: FRESH_RUNS }, () => {
    const run = runMeasured(process.execPath, [
      '--expose-gc',
      '--import',
      'tsx',
      'tools/bench/lib/first-result.ts',
      'app',
      dataDir,
      query,
    ]);
    return JSON.parse(run.stdout) as FirstResult;
  });
  return {
    loadMs: median(runs.map((r) => r.loadMs)),
    firstResultMs: median(runs.map((r) => r.firstResultMs)),
    heapMB: median(runs.map((r) => r.heapMB)),
    hits: runs[0]!.hits,
  };
}

async function measure(size: number, port: number): Promise<{ result: SizeResult; diskBytes: number }> {
  const started = performance.now();
  const work = join(workRoot, String(size));
  const articlesDir = join(work, 'articles');
  const dataDir = join(work, 'data');
  await mkdir(work, { recursive: true });
  console.error(`\n== ${size.toLocaleString('en')} articles`);
  console.error('   writing the articles');
  await writeBenchArchive(size, SEED, articlesDir);
  console.error('   the app’s build');
  const build = buildAppData(articlesDir, dataDir, size);
  let diskBytes = await folderBytes(work);
  await rm(articlesDir, { recursive: true, force: true });
  const data = await dataSizes(dataDir);

  console.error('   queries, and open to first result');
  const queries = benchQueries(benchArticles(Math.min(size, QUERY_SOURCE_MAX), SEED), SEED);
  gc?.();
  const probe = queries.common[0] ?? 'time';
  const start = freshFirstResult(dataDir, probe);

  let kiwixSide: SizeResult['kiwix'];
  let server;
  if (kiwix) {
    console.error('   zimwriterfs, and kiwix-serve');
    const zim = await makeKiwixZim(size, SEED, join(work, 'kiwix'), fileSource);
    diskBytes = Math.max(diskBytes, (await folderBytes(dataDir)) + zim.htmlBytes + zim.zimBytes);
    const open = await openKiwix(zim.zimPath, port, probe, FRESH_RUNS);
    server = open.server;
    kiwixSide = { zim, openMs: median(open.openMs) };
  }
  const counters = { scored: 0 };
  let app;
  let classes;
  try {
    app = await openAppEngine(dataDir, [], counters);
    console.error('   searching');
    classes = await timeClasses(app.service, counters, server, queries, ROUNDS);
  } finally {
    server?.stop();
  }

  let agreement: AgreementResult | undefined;
  if (options.agreement && size <= AGREEMENT_MAX) {
    const problem = agreementProblem(size, await availableMemory());
    if (problem !== undefined) agreement = { skipped: problem };
    else {
      console.error('   Lunr’s reference (separate process)');
      const all = QUERY_CLASSES.flatMap((name: QueryClass) =>
        queries[name].map((query) => ({ query, typing: name === 'typing' })),
      );
      const order = app.bundled.flatMap((segment) => segment.docs.map((d) => d.id));
      const answer = await lunrAnswers(
        { parts: [{ count: size, seed: SEED, idPrefix: '' }], order, queries: all },
        work,
      );
      const checked = await checkAgreement(app.service, new AnsweredReference(answer.tops), all);
      agreement = { ...checked, referenceMs: answer.buildMs, referencePeakBytes: answer.peakBytes };
    }
  }
  await rm(work, { recursive: true, force: true });
  const result: SizeResult = {
    size,
    wallMs: performance.now() - started,
    build,
    data,
    start,
    classes,
    rounds: ROUNDS,
    ...(kiwixSide && { kiwix: kiwixSide }),
    ...(agreement && { agreement }),
  };
  return { result, diskBytes };
}

const results: SizeResult[] = [];
let failure: string | undefined;
try {
  // Every size is checked against the estimates before the first is built, so a run that cannot finish says so
  // at once; each is checked again before it starts, scaled from the largest build so far.
  for (const size of options.sizes) failure ??= await room(size, undefined);
  let measured: RoomCheck['measured'];
  for (const [i, size] of options.sizes.entries()) {
    if (failure !== undefined) break;
    failure = await room(size, measured);
    if (failure !== undefined) break;
    const { result, diskBytes } = await measure(size, FIRST_PORT + 10 * i);
    results.push(result);
    measured = { size, peakBytes: result.build.peakBytes, diskBytes };
  }
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await rm(workRoot, { recursive: true, force: true });
}
if (results.length > 0) {
  const note = kiwix ? '' : '; Kiwix not installed (apt-get install zim-tools kiwix-tools)';
  for (const table of scaleTables(results, note)) printTable(table.title, table.header, table.rows);
  for (const r of results) {
    const differences = r.agreement && 'differences' in r.agreement ? r.agreement.differences : [];
    for (const d of differences.slice(0, 10)) {
      console.log(
        `- ${r.size}: \`${d.query}\`: app ${d.app.slice(0, 3).join(', ')}… lunr ${d.lunr.slice(0, 3).join(', ')}…`,
      );
    }
  }
}
if (failure !== undefined) {
  console.error(`\nbench:scale stopped: ${failure}`);
  process.exitCode = 1;
}
