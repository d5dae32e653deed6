/**
 * `npm run bench:import [-- N]`: imports N files (default 1,000; real text, a third each saved web pages,
 * Markdown and plain text) into the built app in headless Chromium through the Import dialog, and prints the
 * total time, files per second, the longest main-thread task during the import, the page's and the search
 * worker's heap, and search latency before and after the import (the before column is the baseline, measured
 * in the same run on the same page).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  longestTaskIn,
  longTaskCountIn,
  PROBE_GLOBAL,
  PROBE_SCRIPT,
  type ProbeRecord,
} from './lib/app-probe';
import { withBuiltApp } from '../dev/built-app';
import { writeImportCorpus } from './lib/import-corpus';
import { mb, ms, percentiles, ratio } from './lib/stats';
import { printTable } from '../dev/print-table';
import { workerHeapUsed } from './lib/worker-heap';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const renderer = path.join(repoRoot, 'dist', 'renderer');
const count = Number(process.argv[2] ?? 1000);
/** Finished queries of each kind, searched after the box is filled at once, three rounds each. */
const QUERIES = ['drone', 'government data', 'secur*', 'flight~1', '"data security"', 'pilot report +dji'];
const ROUNDS = 3;

const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Fills the search box at once and returns ms from the input event to the results naming the query. */
async function searchLatency(page: Page, query: string): Promise<number> {
  await page.getByTestId('search-input').fill('');
  await page.getByTestId('result-count').waitFor({ state: 'detached' });
  // A string, not a function: the scripts project has no DOM types, and Runtime.evaluate is not subject to CSP.
  const timing = page.evaluate(`new Promise((resolve) => {
    const wanted = ${JSON.stringify(`\u201c${query}\u201d`)};
    let start = NaN;
    document.addEventListener('input', () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const shown = document.querySelector('[data-testid="result-count"], [data-testid="search-empty"]');
      if (!Number.isNaN(start) && shown && shown.textContent.includes(wanted)) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`) as Promise<number>;
  await page.getByTestId('search-input').fill(`${query} `);
  return timing;
}

async function latencies(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const q of QUERIES) samples.push(await searchLatency(page, q));
  await page.getByTestId('search-input').fill('');
  return samples;
}

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error('Usage: bench-import.ts [N]');
  if (!existsSync(path.join(renderer, 'index.html'))) {
    log('dist/renderer is missing: npm run build');
    if (spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  await withBuiltApp(renderer, async ({ browser, url, scratch: dir }) => {
    log(`writing ${count} files…`);
    const files = await writeImportCorpus(dir, count);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await page.getByTestId('library-item').first().waitFor();
    log('search before the import…');
    // One round first: the first phrase query loads positions and each kind of query warms its code paths.
    await latencies(page);
    const before = await latencies(page);

    log(`importing ${count} files…`);
    await page.getByTestId('import-open').click();
    const started = (await page.evaluate('performance.now()')) as number;
    // When the page gets the files: before it, Chromium builds the File objects (for a real file dialog as
    // for Playwright's setInputFiles), which is the browser's work, not the app's.
    await page.evaluate(
      `document.addEventListener('change', () => (window.__changeAt = performance.now()), { capture: true, once: true })`,
    );
    const wallStart = Date.now();
    await page.getByTestId('import-files').setInputFiles(files);
    await page.getByTestId('import-summary').waitFor({ timeout: 30 * 60_000 });
    const seconds = (Date.now() - wallStart) / 1000;
    const ended = (await page.evaluate('performance.now()')) as number;
    const headline = (await page.getByTestId('import-summary').getByRole('status').textContent()) ?? '';
    const probe = (await page.evaluate(`window.${PROBE_GLOBAL}`)) as ProbeRecord;
    const changeAt = (await page.evaluate('window.__changeAt')) as number;
    // The task that delivered the change event began before it; only the part from the event on is the app's.
    const appTasks = probe.longTasks
      .filter((t) => t.start + t.duration > changeAt && t.start < ended)
      .map((t) => ({
        start: Math.max(t.start, changeAt),
        duration: t.start + t.duration - Math.max(t.start, changeAt),
      }));
    await page.getByTestId('import-close').click();
    // The search worker rebuilds its imported segment after the import; the first search waits for it.
    log('search after the import…');
    await searchLatency(page, 'warm');
    const after = await latencies(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const pageHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const worker = await workerHeapUsed(browser, url).catch(() => ({
      jsHeap: NaN,
      arrayBuffers: NaN,
    }));

    printTable(
      `Importing ${count.toLocaleString('en')} files into the built app (headless Chromium)`,
      [
        'files',
        'outcome',
        'total',
        'files/s',
        'longest main-thread task, all (over 50 ms)',
        "… from the page's change event on",
        'page heap after',
        'search worker heap (+ buffers)',
      ],
      [
        [
          count.toLocaleString('en'),
          headline.trim(),
          `${seconds.toFixed(1)} s`,
          (count / seconds).toFixed(0),
          `${ms(longestTaskIn(probe.longTasks, started, ended))} (${longTaskCountIn(probe.longTasks, started, ended)})`,
          ms(Math.max(0, ...appTasks.map((t) => t.duration))),
          mb(pageHeap),
          `${mb(worker.jsHeap)} (+ ${mb(worker.arrayBuffers)})`,
        ],
      ],
    );
    const b = percentiles(before);
    const a = percentiles(after);
    printTable(
      `Search, input to results in the page (${QUERIES.length} queries × ${ROUNDS}), before and after the import`,
      ['', 'p50', 'p95', 'max'],
      [
        ['before (16 bundled articles)', ms(b.p50), ms(b.p95), ms(Math.max(...before))],
        [`after (+ ${count.toLocaleString('en')} imported)`, ms(a.p50), ms(a.p95), ms(Math.max(...after))],
        [
          'after / before',
          ratio(a.p50, b.p50),
          ratio(a.p95, b.p95),
          ratio(Math.max(...after), Math.max(...before)),
        ],
      ],
    );
    await context.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
