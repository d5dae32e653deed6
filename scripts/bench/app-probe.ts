// The in-page half of the app benchmark (scripts/bench/app-in-chromium.ts) and the arithmetic on what it records.
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
  /** The first frame after that row entered the DOM had been produced (rAF, then the next task). */
  libraryPaintedAt: number | null;
  /** The search worker said its index is ready. */
  indexReadyAt: number | null;
  /** The first keydown after the probe was armed for a query. */
  keystrokeAt: number | null;
  /** The first search result entered the DOM after that keystroke. */
  resultRowAt: number | null;
  /** The first frame after that result entered the DOM had been produced. */
  resultPaintedAt: number | null;
  /** The result count first named the whole query armed for. */
  queryDoneAt: number | null;
}

/** The name of the probe's record on `window`. */
export const PROBE_GLOBAL = '__airgapBench';

/**
 * Installs the probe: a buffered long-task observer, a watch for the first library row and (once armed by
 * `window.__airgapBench.armQuery(query)`) for the first search result after the next keystroke, and a wrapper around
 * Worker that notes when the search worker reports its index ready (the page shows nothing for that).
 */
export const PROBE_SCRIPT = `(() => {
  const bench = {
    longTasks: [], libraryRowAt: null, libraryPaintedAt: null, indexReadyAt: null,
    keystrokeAt: null, resultRowAt: null, resultPaintedAt: null, queryDoneAt: null,
  };
  let armed = null;
  Object.defineProperty(window, '${PROBE_GLOBAL}', { value: bench });
  Object.defineProperty(bench, 'armQuery', { value: (query) => { armed = query; }, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // The frame that shows a change has been produced once a task after its animation frame runs.
  const afterPaint = (key) => requestAnimationFrame(() => setTimeout(() => { bench[key] = performance.now(); }, 0));
  const look = () => {
    if (bench.libraryRowAt === null && document.querySelector('[data-testid="library-item"]')) {
      bench.libraryRowAt = performance.now();
      afterPaint('libraryPaintedAt');
    }
    if (bench.keystrokeAt !== null && bench.resultRowAt === null &&
        document.querySelector('[data-testid="search-result"]')) {
      bench.resultRowAt = performance.now();
      afterPaint('resultPaintedAt');
    }
    if (bench.keystrokeAt !== null && bench.queryDoneAt === null) {
      const count = document.querySelector('[data-testid="result-count"]');
      if (count && count.textContent.includes('\u201c' + armed + '\u201d')) bench.queryDoneAt = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('keydown', () => {
    if (armed !== null && bench.keystrokeAt === null) bench.keystrokeAt = performance.now();
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
