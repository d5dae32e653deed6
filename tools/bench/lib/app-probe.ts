// The in-page half of the app benchmark (tools/bench/bench-app.ts) and the arithmetic on what it records.
// The probe is plain JavaScript in a string: it runs in the page before the app's own scripts (Playwright's
// addInitScript), and the scripts project is type-checked without the DOM library.

/** A main-thread task over 50 ms, as the page's PerformanceObserver reported it (ms from navigation start). */
export interface LongTask {
  start: number;
  duration: number;
}

/** What the probe records in the page, in ms from navigation start; null until it happens. */
export interface ProbeRecord {
  longTasks: LongTask[];
  /** The first library row entered the DOM. */
  libraryRowAt: number | null;
  /** That row was painted (its Element Timing render time, or failing that its frame's animation callback). */
  libraryPaintedAt: number | null;
  /** The search worker said its index is ready. */
  indexReadyAt: number | null;
  /** The first keydown after the probe was armed for a query. */
  keystrokeAt: number | null;
  /** The latest keydown since the probe was armed. */
  lastKeystrokeAt: number | null;
  /** The first search result entered the DOM after that keystroke. */
  resultRowAt: number | null;
  /** That result was painted (as for the library row). */
  resultPaintedAt: number | null;
  /** The result count first named the whole query armed for: its results are in the DOM. */
  queryDoneAt: number | null;
}

/** The name of the probe's record on `window`. */
export const PROBE_GLOBAL = '__airgapBench';

/**
 * Installs the probe: a buffered long-task observer, a watch for the first library row and (once armed by
 * `window.__airgapBench.armQuery(query)`) for the first search result after the next keystroke, and a wrapper
 * around Worker that notes when the search worker reports its index ready (the page shows nothing for that).
 * A watched row's title gets an `elementtiming` attribute as it enters the DOM, before its first paint, so
 * Element Timing reports when that paint happened.
 */
export const PROBE_SCRIPT = `(() => {
  const bench = {
    longTasks: [], libraryRowAt: null, libraryPaintedAt: null, indexReadyAt: null, keystrokeAt: null,
    lastKeystrokeAt: null, resultRowAt: null, resultPaintedAt: null, queryDoneAt: null,
  };
  let armed = null;
  Object.defineProperty(window, '${PROBE_GLOBAL}', { value: bench });
  Object.defineProperty(bench, 'armQuery', { value: (query) => { armed = query; }, enumerable: false });
  const observe = (type, take) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true }); }
    catch {}
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  const PAINTED = { 'bench-library': 'libraryPaintedAt', 'bench-result': 'resultPaintedAt' };
  observe('element', (e) => {
    const key = PAINTED[e.identifier];
    if (key && e.renderTime > 0) bench[key] = e.renderTime;
  });
  const watch = (element, name, key) => {
    (element.querySelector('.library-title, .result-title') || element).setAttribute('elementtiming', name);
    // Element Timing may not report (no paint feedback, say): then the frame's animation callback stands in.
    requestAnimationFrame((t) => setTimeout(() => { if (bench[key] === null) bench[key] = t; }, 1000));
  };
  const look = () => {
    const row = bench.libraryRowAt === null && document.querySelector('[data-testid="library-item"]');
    if (row) {
      bench.libraryRowAt = performance.now();
      watch(row, 'bench-library', 'libraryPaintedAt');
    }
    const result = bench.keystrokeAt !== null && bench.resultRowAt === null &&
      document.querySelector('[data-testid="search-result"]');
    if (result) {
      bench.resultRowAt = performance.now();
      watch(result, 'bench-result', 'resultPaintedAt');
    }
    if (bench.keystrokeAt !== null && bench.queryDoneAt === null) {
      const count = document.querySelector('[data-testid="result-count"]');
      if (count && count.textContent.includes('\u201c' + armed + '\u201d')) bench.queryDoneAt = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('keydown', () => {
    if (armed === null) return;
    bench.lastKeystrokeAt = performance.now();
    if (bench.keystrokeAt === null) bench.keystrokeAt = bench.lastKeystrokeAt;
  }, true);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const reply = event.data;
        if (bench.indexReadyAt === null && reply && reply.kind === 'status' && reply.status.state === 'ready') {
          bench.indexReadyAt = performance.now();
        }
      });
    }
  };
})();`;

/** The longest of the tasks that started within [from, to), or 0 when none did. */
export function longestTaskIn(tasks: readonly LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const task of tasks)
    if (task.start >= from && task.start < to) longest = Math.max(longest, task.duration);
  return longest;
}

/** How many of the tasks that started within [from, to) took over 50 ms: every one the observer reports. */
export function longTaskCountIn(tasks: readonly LongTask[], from: number, to: number): number {
  return tasks.filter((task) => task.start >= from && task.start < to).length;
}

/** The median of the samples (the mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  const sorted = samples.filter((s) => !Number.isNaN(s)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
