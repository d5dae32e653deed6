/**
 * `npm run bench:zim-app [-- N]`: the Kiwix library indexed inside the built app, as a user meets it. Makes a ZIM
 * of N real-text articles (default 50,000) with zimwriterfs, adds it to the app in headless Chromium through the
 * Import dialog, and times the background indexing from the file's choice to "Searchable", with the page's
 * longest main-thread task meanwhile and the peak heap of the worker that indexes (sampled every second, and
 * once more after a forced collection). zimwriterfs's own time for the same articles, with its Xapian index, is
 * the baseline from the same run. Needs Debian's zim-tools.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  longestTaskIn,
  longTaskCountIn,
  PROBE_GLOBAL,
  PROBE_SCRIPT,
  type ProbeRecord,
} from './lib/app-probe';
import { makeBenchZim } from './lib/bench-zim-file';
import { benchArticles } from './lib/corpus';
import { mb, ms, ratio } from './lib/stats';
import { workerHeapUsed } from './lib/worker-heap';
import { withBuiltApp } from '../dev/built-app';
import { printTable } from '../dev/print-table';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const renderer = path.join(repoRoot, 'dist', 'renderer');
const count = Number(process.argv[2] ?? 50_000);
/** The worker that reads ZIM files and indexes them (its bundled script's name starts so). */
const INDEXING_WORKER = 'zim-worker';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 1) throw new Error('Usage: bench-zim-app.ts [N]');
  if (!existsSync(path.join(renderer, 'index.html'))) {
    log('dist/renderer is missing: npm run build');
    if (spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) process.exit(1);
  }
  await withBuiltApp(renderer, async ({ browser, url, scratch }) => {
    log(`${count}: writing the ZIM with zimwriterfs…`);
    const zim = makeBenchZim(benchArticles(count), scratch);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(url);
    await page.getByTestId('library-item').first().waitFor();

    log(`${count}: adding it to the app and indexing…`);
    await page.getByTestId('import-open').click();
    const started = (await page.evaluate('performance.now()')) as number;
    const wallStart = Date.now();
    await page.getByTestId('import-files').setInputFiles([zim.zimPath]);
    await page.getByTestId('zim-added').waitFor();
    await page.getByTestId('import-close').click();
    let peakHeap = 0;
    let samples = 0;
    const sampler = setInterval(() => {
      workerHeapUsed(browser, url, { script: INDEXING_WORKER, collect: false }).then(
        (heap) => {
          peakHeap = Math.max(peakHeap, heap.jsHeap);
          samples++;
        },
        () => undefined,
      );
    }, 1000);
    try {
      await page.getByTestId('zim-searchable').waitFor({ timeout: 60 * 60_000 });
    } finally {
      clearInterval(sampler);
    }
    const seconds = (Date.now() - wallStart) / 1000;
    const ended = (await page.evaluate('performance.now()')) as number;
    const searchable = (await page.getByTestId('zim-searchable').textContent()) ?? '';
    const after = await workerHeapUsed(browser, url, { script: INDEXING_WORKER }).catch(() => ({
      jsHeap: NaN,
      arrayBuffers: NaN,
    }));
    const probe = (await page.evaluate(`window.${PROBE_GLOBAL}`)) as ProbeRecord;
    printTable(
      `A Kiwix library of ${count.toLocaleString('en')} articles indexed in the built app (headless Chromium)`,
      [
        'articles',
        'state after',
        'indexing, app',
        'zimwriterfs (with Xapian)',
        'zimwriterfs / app',
        'longest main-thread task (tasks over 50 ms)',
        `indexing worker heap, peak of ${samples} samples`,
        'after, collected',
      ],
      [
        [
          count.toLocaleString('en'),
          searchable.trim(),
          `${seconds.toFixed(1)} s (${(count / seconds).toFixed(0)}/s)`,
          `${(zim.writeMs / 1000).toFixed(1)} s`,
          ratio(zim.writeMs / 1000, seconds),
          `${ms(longestTaskIn(probe.longTasks, started, ended))} (${longTaskCountIn(probe.longTasks, started, ended)})`,
          mb(peakHeap),
          mb(after.jsHeap),
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
