/**
 * The built app in headless Chromium over a benchmark archive of N articles: how soon the library shows, how
 * soon a query's first result shows, the longest main-thread task while the archive loads and while the user
 * types, and the JS heap of the page and of the search worker. Each number is the median of fresh page loads.
 * Usage: tsx tools/bench/bench-app.ts [--renderer DIR] [--trace] [N ...]   (default 10000 50000; DIR:
 * another built renderer folder to measure instead of dist/renderer, such as an older build for comparison;
 * --trace records each load in a Chromium trace and lists what every task over 50 ms ran)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../e2e/support/chromium-args';
import { startStaticServer } from '../dev/static-server';
import { writeData } from '../build/write-data';
import {
  longestTaskIn,
  longTaskCountIn,
  median,
  PROBE_GLOBAL,
  PROBE_SCRIPT,
  type ProbeRecord,
} from './lib/app-probe';
import { benchArticleStream } from './lib/corpus';
import { longTasksInTrace, type LongTaskParts, type TraceEvent } from './lib/trace-tasks';
import { mb, ms } from './lib/stats';
import { printTable } from '../dev/print-table';
import { workerHeapUsed } from './lib/worker-heap';

/** One fresh page load, in ms (times from navigation start unless said otherwise) and bytes. */
export interface PageLoadMeasurement {
  /** Navigation start to the paint of the library's first row. */
  libraryMs: number;
  /** Navigation start to the search worker reporting its index ready. */
  indexReadyMs: number;
  /** Longest main-thread task from navigation start until both of the above, plus a 500 ms settle. */
  loadLongestTaskMs: number;
  /** Main-thread tasks over 50 ms in that window. */
  loadLongTasks: number;
  /** First keystroke of the query (typed once the index is ready) to the paint of its first result. */
  firstResultMs: number;
  /** Last keystroke of the query to its results for the whole word being in the page. */
  wordResultsMs: number;
  /** Longest main-thread task from the first keystroke until the whole word's results settled, plus 500 ms. */
  typingLongestTaskMs: number;
  /** Main-thread tasks over 50 ms in that window. */
  typingLongTasks: number;
  /** The page's JS heap in use with the library shown, once loaded, after a forced garbage collection. */
  pageHeapBytes: number;
  /** DOM nodes in the page then (Blink's memory for them is not in the JS heap). */
  domNodes: number;
  /** The search worker's JS heap in use after the query, after a forced GC (NaN if it could not be reached). */
  workerHeapBytes: number;
  /** ArrayBuffer contents the search worker holds outside its JS heap: mostly the loaded index. */
  workerBufferBytes: number;
  /** With --trace: what each main-thread task over 50 ms ran while the archive loaded. */
  loadTaskParts?: LongTaskParts[];
}

/** What measureAppInChromium found for one archive size. */
export interface AppMeasurement {
  articles: number;
  seed: number;
  /** Every fresh page load, in order. */
  runs: PageLoadMeasurement[];
  /** Each field's median over the runs (taken field by field, so not necessarily one run's numbers). */
  median: PageLoadMeasurement;
  /** All files of the data folder, and its manifest alone. */
  dataBytes: number;
  manifestBytes: number;
}

/** A common word, typed a key at a time as a person types it; results show for each prefix as it grows. */
export const QUERY = 'government';
const KEY_DELAY_MS = 120;
const SETTLE_MS = 500;
const RUNS = 3;
const TIMEOUT_MS = 180_000;
/** What a --trace run records: main-thread tasks, script, GC, style and layout, not screenshots. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

interface Trace {
  traceEvents: TraceEvent[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILT_RENDERER = path.join(repoRoot, 'dist', 'renderer');

/**
 * Writes the data for `articles` benchmark articles into a copy of the built renderer and measures the app
 * over it. `renderer` is the built renderer folder (default dist/renderer, built first if missing), so an
 * older build can be measured for comparison.
 */
export async function measureAppInChromium(options: {
  articles: number;
  seed?: number;
  runs?: number;
  renderer?: string;
  trace?: boolean;
}): Promise<AppMeasurement> {
  const seed = options.seed ?? 1;
  const renderer = options.renderer ?? BUILT_RENDERER;
  if (options.renderer === undefined) ensureBuilt();
  const root = await mkdtemp(path.join(os.tmpdir(), 'airgap-app-bench-'));
  try {
    await cp(renderer, root, { recursive: true });
    const dataDir = path.join(root, 'data');
    log(`writing ${options.articles} articles…`);
    const written = await writeData(benchArticleStream(options.articles, seed), dataDir);
    const server = await startStaticServer({ root });
    const browser = await chromium.launch({
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    try {
      const runs: PageLoadMeasurement[] = [];
      for (let run = 0; run < (options.runs ?? RUNS); run++) {
        log(`${options.articles} articles: page load ${run + 1}`);
        runs.push(await measurePageLoad(browser, server.url, options.trace === true));
      }
      return {
        articles: options.articles,
        seed,
        runs,
        median: medianOf(runs),
        dataBytes: await folderBytes(dataDir),
        manifestBytes: written.manifestBytes,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function ensureBuilt(): void {
  if (existsSync(path.join(BUILT_RENDERER, 'index.html'))) return;
  log('dist/renderer is missing: npm run build');
  const built = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

async function measurePageLoad(browser: Browser, url: string, trace: boolean): Promise<PageLoadMeasurement> {
  // A fresh context is a fresh profile: nothing cached, no stored notes, as at the app's first launch.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page, ['libraryPaintedAt', 'indexReadyAt']);
    await page.waitForTimeout(SETTLE_MS);
    const loadEnd = await now(page);
    const loadTaskParts = trace
      ? longTasksInTrace((JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace).traceEvents)
      : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;

    await page.evaluate(`window.${PROBE_GLOBAL}.armQuery(${JSON.stringify(QUERY)})`);
    const box = page.getByTestId('search-input');
    await box.focus();
    await box.pressSequentially(QUERY, { delay: KEY_DELAY_MS });
    await waitFor(page, ['resultPaintedAt', 'queryDoneAt']);
    await page.waitForTimeout(SETTLE_MS);
    const typingEnd = await now(page);
    const probe = (await page.evaluate(`window.${PROBE_GLOBAL}`)) as ProbeRecord;

    const workerHeap = await workerHeapUsed(browser, url).catch(() => ({ jsHeap: NaN, arrayBuffers: NaN }));

    const keystroke = probe.keystrokeAt ?? NaN;
    return {
      libraryMs: probe.libraryPaintedAt ?? NaN,
      indexReadyMs: probe.indexReadyAt ?? NaN,
      loadLongestTaskMs: longestTaskIn(probe.longTasks, 0, loadEnd),
      loadLongTasks: longTaskCountIn(probe.longTasks, 0, loadEnd),
      firstResultMs: (probe.resultPaintedAt ?? NaN) - keystroke,
      wordResultsMs: (probe.queryDoneAt ?? NaN) - (probe.lastKeystrokeAt ?? NaN),
      typingLongestTaskMs: longestTaskIn(probe.longTasks, keystroke, typingEnd),
      typingLongTasks: longTaskCountIn(probe.longTasks, keystroke, typingEnd),
      pageHeapBytes: metric('JSHeapUsedSize'),
      domNodes: metric('Nodes'),
      workerHeapBytes: workerHeap.jsHeap,
      workerBufferBytes: workerHeap.arrayBuffers,
      ...(loadTaskParts && { loadTaskParts }),
    };
  } finally {
    await context.close();
  }
}

/**
 * Waits until the probe has recorded all of `fields`, polling every 50 ms rather than every frame so the wait
 * itself barely loads the page. (A function, not a string: the app's CSP forbids eval in the page.)
 */
async function waitFor(page: Page, fields: readonly (keyof ProbeRecord)[]): Promise<void> {
  await page.waitForFunction(
    ([global, keys]) => {
      const record = (globalThis as unknown as Record<string, Record<string, unknown>>)[global];
      return keys.every((key) => record?.[key] !== null && record?.[key] !== undefined);
    },
    [PROBE_GLOBAL, fields] as const,
    { polling: 50, timeout: TIMEOUT_MS },
  );
}

const now = async (page: Page): Promise<number> => (await page.evaluate('performance.now()')) as number;

function medianOf(runs: readonly PageLoadMeasurement[]): PageLoadMeasurement {
  const keys = Object.keys(runs[0] ?? {}) as (keyof PageLoadMeasurement)[];
  return Object.fromEntries(
    keys
      .filter((key) => key !== 'loadTaskParts')
      .map((key) => [key, median(runs.map((r) => r[key] as number))]),
  ) as unknown as PageLoadMeasurement;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Prints the measurements as a Markdown table, one row per archive size. */
export function printMeasurements(results: readonly AppMeasurement[]): void {
  printTable(
    `The built app in headless Chromium (median of ${results[0]?.runs.length ?? 0} fresh page loads)`,
    [
      'articles',
      'data (manifest)',
      'to library',
      'to index ready',
      'longest task, loading',
      'first key to first result',
      'last key to its results',
      'longest task, typing',
      'page heap, DOM nodes',
      'worker heap (+ buffers)',
    ],
    results.map(({ articles, dataBytes, manifestBytes, median: m }) => [
      articles.toLocaleString('en'),
      `${mb(dataBytes)} (${mb(manifestBytes)})`,
      ms(m.libraryMs),
      ms(m.indexReadyMs),
      `${ms(m.loadLongestTaskMs)} (${m.loadLongTasks} over 50 ms)`,
      ms(m.firstResultMs),
      ms(m.wordResultsMs),
      `${ms(m.typingLongestTaskMs)} (${m.typingLongTasks} over 50 ms)`,
      `${mb(m.pageHeapBytes)}, ${Math.round(m.domNodes)}`,
      `${mb(m.workerHeapBytes)} (+ ${mb(m.workerBufferBytes)})`,
    ]),
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { renderer: { type: 'string' }, trace: { type: 'boolean' } },
    allowPositionals: true,
  });
  const sizes = positionals.map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error('Usage: app-in-chromium.ts [--renderer DIR] [N ...]');
  }
  const results: AppMeasurement[] = [];
  for (const articles of sizes.length > 0 ? sizes : [10_000, 50_000]) {
    results.push(await measureAppInChromium({ articles, renderer: values.renderer, trace: values.trace }));
  }
  printMeasurements(results);
  for (const result of results) {
    const plain = result.runs.map(({ loadTaskParts: _, ...numbers }) => numbers);
    console.log(`\n${result.articles} articles, each run:\n${JSON.stringify(plain)}`);
    result.runs.forEach((run, i) => {
      for (const task of run.loadTaskParts ?? []) {
        const parts = task.parts.map((p) => `${p.name} ${p.detail} ${ms(p.durationMs)}`.replace(/ +/g, ' '));
        console.log(
          `load ${i + 1}: ${ms(task.durationMs)} task at ${ms(task.startMs)} (GC ${ms(task.gcMs)}): ${parts.join('; ')}`,
        );
      }
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
