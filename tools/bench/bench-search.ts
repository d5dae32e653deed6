// The search benchmark (`npm run bench:search [-- --quick]`): builds archives of real English text through the
// app's own build, then measures the app's search side by side with plain Lunr and MiniSearch, and prints tables.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../archive/core/articles/article';
import {
  AnsweredReference,
  checkAgreement,
  type Agreement,
  type ReferenceAnswer,
  type ReferenceJob,
} from './lib/agreement';
import { buildUserSegment, openAppEngine } from './lib/app-engine';
import { buildAppData, writeBenchArchive } from './lib/bench-archive';
import { baselineEngines } from './lib/baselines';
import { benchArticles } from './lib/corpus';
import type { FirstResult } from './lib/first-result';
import { lunrAnswers as lunrAnswersIn } from './lib/lunr-answers';
import { benchQueries, HOSTILE_QUERIES, QUERY_CLASSES } from './lib/queries';
import { mb, ms, percentiles, ratio, runMeasured, timed } from './lib/stats';
import { printTable } from '../dev/print-table';

const quick = process.argv.includes('--quick');
// --app-only: the app's build, start-up, latency and hostile queries without the baselines and the Lunr
// reference (minutes instead of an hour at 50,000), for re-measuring the app after a change.
const appOnly = process.argv.includes('--app-only');
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : quick
    ? [1_000, 10_000]
    : [1_000, 10_000, 50_000];
const SEED = 1;
const ROUNDS = 3;
const FRESH_RUNS = 3;
const ADDED = 1_000;
/** Largest archive the plain Lunr and MiniSearch baselines are measured at, in this process. */
const BASELINE_MAX_ARTICLES = 10_000;
/** Ids of the articles added as a user segment start with this, as imported articles' ids do. */
const ADDED_PREFIX = 'imported-';

const workDir = await mkdtemp(join(tmpdir(), 'airgap-bench-'));
const node = (script: string, ...args: string[]) =>
  runMeasured(process.execPath, [
    '--max-old-space-size=16384',
    '--expose-gc',
    '--import',
    'tsx',
    script,
    ...args,
  ]);

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

async function filesBytes(dir: string, which: (name: string) => boolean = () => true): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) if (which(name)) total += (await stat(join(dir, name))).size;
  return total;
}

function freshFirstResult(engine: string, path: string, query: string): FirstResult {
  const runs = Array.from(
    { length: FRESH_RUNS },
    () => JSON.parse(node('tools/bench/lib/first-result.ts', engine, path, query).stdout) as FirstResult,
  );
  return {
    loadMs: median(runs.map((r) => r.loadMs)),
    firstResultMs: median(runs.map((r) => r.firstResultMs)),
    heapMB: median(runs.map((r) => r.heapMB)),
    hits: runs[0]!.hits,
  };
}

const buildRows: string[][] = [];
const startRows: string[][] = [];
const latencyRows: string[][] = [];
const agreementRows: string[][] = [];
const hostileRows: string[][] = [];
const addRows: string[][] = [];
const differences: string[] = [];

for (const size of SIZES) {
  console.error(`\n== ${size.toLocaleString('en')} articles`);
  const articlesDir = join(workDir, `articles-${size}`);
  const dataDir = join(workDir, `data-${size}`);
  await writeBenchArchive(size, SEED, articlesDir);
  console.error('   build');
  const build = buildAppData(articlesDir, dataDir, size);
  const indexBytes = await filesBytes(join(dataDir, 'search'), (name) => !name.endsWith('.pos.bin'));
  const positionBytes = await filesBytes(join(dataDir, 'search'), (name) => name.endsWith('.pos.bin'));
  const bodyBytes = await filesBytes(join(dataDir, 'articles'));
  buildRows.push([
    `${size}`,
    'app',
    ms(build.ms),
    mb(build.peakBytes),
    mb(indexBytes),
    mb(positionBytes),
    mb(bodyBytes),
  ]);

  const articles = benchArticles(size, SEED);
  const queries = benchQueries(articles, SEED);
  const probe = queries.common[0] ?? 'time';
  const appStart = freshFirstResult('app', dataDir, probe);
  startRows.push([
    `${size}`,
    'app',
    ms(appStart.loadMs),
    ms(appStart.firstResultMs),
    `${appStart.heapMB.toFixed(0)} MB`,
  ]);

  // The app's search path: plan, evaluate, rank, highlight and snippets, bodies cached after a warm-up run.
  const app = await openAppEngine(dataDir);
  const appLatency = new Map<string, number[]>();
  for (const cls of QUERY_CLASSES) {
    const typing = cls === 'typing';
    const samples: number[] = [];
    for (const q of queries[cls]) await app.service.search(q, { typing });
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries[cls]) samples.push((await timed(() => app.service.search(q, { typing })))[1]);
    }
    appLatency.set(cls, samples);
  }

  const baselineLatency = new Map<string, Map<string, number[]>>();
  // Plain Lunr beside the app needs more heap than one process gets here past 10,000 articles; the agreement
  // check below still runs Lunr at every size, in a process of its own.
  const runBaselines = !appOnly && size <= BASELINE_MAX_ARTICLES;
  for (const engine of runBaselines ? baselineEngines() : []) {
    console.error(`   ${engine.name}`);
    const [, buildMs] = await timed(() => engine.build(articles));
    const perClass = new Map<string, number[]>();
    for (const cls of QUERY_CLASSES) {
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const q of queries[cls]) samples.push((await timed(() => engine.query(q)))[1]);
      }
      perClass.set(cls, samples);
    }
    baselineLatency.set(engine.name, perClass);
    // A large Lunr index can pass V8's longest string when serialized: reported, not fatal.
    try {
      const json = engine.serialize();
      const file = join(workDir, `${engine.name}-${size}.json`);
      await writeFile(file, json);
      buildRows.push([`${size}`, engine.name, ms(buildMs), '–', mb(Buffer.byteLength(json)), '–', '–']);
      const start = freshFirstResult(engine.name, file, probe);
      startRows.push([
        `${size}`,
        engine.name,
        ms(start.loadMs),
        ms(start.firstResultMs),
        `${start.heapMB.toFixed(0)} MB`,
      ]);
    } catch (error) {
      const reason = `n/a (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
      buildRows.push([`${size}`, engine.name, ms(buildMs), '–', reason, '–', '–']);
      startRows.push([`${size}`, engine.name, reason, '–', '–']);
    }
  }
  for (const cls of QUERY_CLASSES) {
    const a = percentiles(appLatency.get(cls)!);
    const l = percentiles(baselineLatency.get('lunr')?.get(cls) ?? []);
    const m = percentiles(baselineLatency.get('minisearch')?.get(cls) ?? []);
    latencyRows.push([
      `${size}`,
      cls,
      `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)}`,
      `${ms(l.p50)} / ${ms(l.p95)}`,
      `${ms(m.p50)} / ${ms(m.p95)}`,
      ratio(a.p95, l.p95),
      ratio(a.p95, m.p95),
    ]);
  }

  for (const q of HOSTILE_QUERIES) {
    for (const typing of [false, true]) {
      const [response, took] = await timed(() => app.service.search(q, { typing }));
      const outcome =
        response.status === 'ok'
          ? `${response.total} results${response.notices.length ? ', capped' : ''}`
          : response.status;
      hostileRows.push([
        `${size}`,
        `\`${q.length > 40 ? `${q.slice(0, 37)}…` : q}\`${typing ? ' (typing)' : ''}`,
        ms(took),
        outcome,
      ]);
    }
  }

  // Lunr's own index with the app's pipeline needs about 12 GB of heap at 50,000 articles: it is built in a
  // process of its own, from the same seed, so it never competes with this one for memory.
  const order = app.bundled.flatMap((segment) => segment.docs.map((d) => d.id));
  const all = QUERY_CLASSES.flatMap((cls) =>
    queries[cls].map((query) => ({ query, typing: cls === 'typing' })),
  );
  if (!appOnly) {
    console.error('   reference Lunr with the app pipeline (separate process)');
    const answer = await lunrAnswers({
      parts: [{ count: size, seed: SEED, idPrefix: '' }],
      order,
      queries: all,
    });
    const reference = new AnsweredReference(answer.tops);
    reportAgreement(
      `${size}`,
      await checkAgreement(app.service, reference, all),
      answer.buildMs,
      answer.peakBytes,
    );
  }

  console.error(`   adding ${ADDED} articles`);
  const added: Article[] = benchArticles(ADDED, SEED + 1).map((a) => ({
    ...a,
    id: `${ADDED_PREFIX}${a.id}`,
  }));
  const [user, addMs] = await timed(() => buildUserSegment(added));
  const combined = await openAppEngine(dataDir, [user]);
  const after: number[] = [];
  for (const q of queries.common) await combined.service.search(q);
  for (const q of queries.common) after.push((await timed(() => combined.service.search(q)))[1]);
  let identical = 'not checked';
  if (!appOnly) {
    const someQueries = all.slice(0, 120);
    const answer = await lunrAnswers({
      parts: [
        { count: size, seed: SEED, idPrefix: '' },
        { count: ADDED, seed: SEED + 1, idPrefix: ADDED_PREFIX },
      ],
      order: [...order, ...added.map((a) => a.id)],
      queries: someQueries,
    });
    const combinedAgreement = await checkAgreement(
      combined.service,
      new AnsweredReference(answer.tops),
      someQueries,
    );
    identical = `${combinedAgreement.identical}/${combinedAgreement.checked}`;
  }
  addRows.push([
    `${size}`,
    ms(addMs),
    mb(user.indexBytes),
    ms(percentiles(appLatency.get('common')!).p95),
    ms(percentiles(after).p95),
    identical,
  ]);
}

// Lunr's answers from tools/bench/lib/lunr-reference-child.ts, run with room for its index.
function lunrAnswers(job: ReferenceJob): Promise<ReferenceAnswer & { peakBytes: number }> {
  return lunrAnswersIn(job, workDir);
}

function reportAgreement(
  size: string,
  agreement: Agreement,
  referenceMs: number,
  referencePeak: number,
): void {
  agreementRows.push([
    size,
    `${agreement.checked}`,
    `${agreement.identical}`,
    `${agreement.capped}`,
    `${((100 * agreement.identical) / Math.max(1, agreement.checked)).toFixed(1)}%`,
    ms(referenceMs),
    mb(referencePeak),
  ]);
  for (const d of agreement.differences.slice(0, 10)) {
    differences.push(
      `- ${size}: \`${d.query}\`: app ${d.app.slice(0, 3).join(', ')}… lunr ${d.lunr.slice(0, 3).join(', ')}…`,
    );
  }
}

printTable(
  'Build (through tools/build/build-data.ts for the app, in a fresh process)',
  ['articles', 'engine', 'build', 'peak RSS', 'index', 'positions', 'article files'],
  buildRows,
);
printTable(
  'Start-up in a fresh Node process (median of 3): read + load the index, then the first query',
  ['articles', 'engine', 'load', 'first result', 'heap + buffers'],
  startRows,
);
printTable(
  'Query latency p50 / p95 / p99 (app: full search path with snippets; baselines: query only)',
  [
    'articles',
    'class',
    'app',
    'lunr p50 / p95',
    'minisearch p50 / p95',
    'app/lunr p95',
    'app/minisearch p95',
  ],
  latencyRows,
);
printTable(
  'Identical results: top 10 against lunr.Index with the app’s pipeline, same clauses',
  ['articles', 'queries', 'identical', 'capped (excluded)', 'agreement', 'Lunr build', 'Lunr peak RSS'],
  agreementRows,
);
if (differences.length > 0) console.log(`\nDifferences:\n${differences.join('\n')}`);
printTable('Hostile queries (app)', ['articles', 'query', 'time', 'outcome'], hostileRows);
printTable(
  `Adding ${ADDED.toLocaleString('en')} articles as a user segment (the bundled index is not rebuilt)`,
  ['articles', 'build user segment', 'size', 'common p95 before', 'common p95 after', 'identical (combined)'],
  addRows,
);
await rm(workDir, { recursive: true, force: true });
