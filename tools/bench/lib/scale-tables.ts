// The scale benchmark's tables: one row per size (or per query class), with Kiwix's figures and the ratios
// beside the app's wherever Kiwix ran. Rows are made by pure functions of the measurements, then printed.
import type { Agreement } from './agreement';
import type { BuildRun } from './bench-archive';
import type { DataSizes } from './data-sizes';
import type { FirstResult } from './first-result';
import type { KiwixZim } from './scale-kiwix';
import type { ClassTimes } from './scale-search';
import { mb, ms, percentiles, ratio } from './stats';

/** The agreement check's outcome at a size, with what Lunr's reference took; or why it did not run. */
export type AgreementResult =
  (Agreement & { referenceMs: number; referencePeakBytes: number }) | { skipped: string };

/** Everything measured at one size. */
export interface SizeResult {
  size: number;
  /** How long the whole size took, from writing its articles to deleting its files. */
  wallMs: number;
  build: BuildRun;
  data: DataSizes;
  /** Medians of fresh processes. */
  start: FirstResult;
  classes: ClassTimes[];
  /** Timed runs of each query. */
  rounds: number;
  kiwix?: { zim: KiwixZim; openMs: number };
  agreement?: AgreementResult;
}

const count = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en') : 'n/a');
const triple = (samples: readonly number[]) => {
  const p = percentiles(samples);
  return `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}`;
};
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** A wall time for the table: seconds past one, minutes and seconds past a minute. */
export function duration(millis: number): string {
  if (millis < 1000) return ms(millis);
  if (millis < 60_000) return `${(millis / 1000).toFixed(1)} s`;
  const seconds = Math.round(millis / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Build time and peak memory of the app's build and of zimwriterfs, one row per size. */
export function buildRows(results: readonly SizeResult[]): string[][] {
  return results.map(({ size, build, kiwix }) => [
    count(size),
    duration(build.ms),
    count(Math.round(size / (build.ms / 1000))),
    mb(build.peakBytes),
    kiwix ? duration(kiwix.zim.writeMs) : '-',
    kiwix ? mb(kiwix.zim.writePeakBytes) : '-',
    kiwix ? ratio(kiwix.zim.writeMs, build.ms) : '-',
  ]);
}

/** Index and body sizes on disk against the ZIM's Xapian indexes and the whole ZIM, one row per size. */
export function diskRows(results: readonly SizeResult[]): string[][] {
  return results.map(({ size, data, kiwix }) => {
    const index = data.index + data.positions;
    const xapian = kiwix ? kiwix.zim.fulltextBytes + kiwix.zim.titleBytes : NaN;
    return [
      count(size),
      `${mb(index)} (${mb(data.index)} + ${mb(data.positions)})`,
      mb(data.bodies),
      kiwix ? `${mb(xapian)} (${mb(kiwix.zim.fulltextBytes)} + ${mb(kiwix.zim.titleBytes)})` : '-',
      kiwix ? mb(kiwix.zim.zimBytes) : '-',
      kiwix ? ratio(index, xapian) : '-',
      kiwix ? ratio(index + data.bodies, kiwix.zim.zimBytes) : '-',
    ];
  });
}

/** Open to first result: the app in a fresh process against kiwix-serve from its start, one row per size. */
export function startRows(results: readonly SizeResult[]): string[][] {
  return results.map(({ size, start, kiwix }) => [
    count(size),
    ms(start.loadMs),
    ms(start.firstResultMs),
    `${start.heapMB.toFixed(0)} MB`,
    kiwix ? ms(kiwix.openMs) : '-',
    kiwix ? ratio(kiwix.openMs, start.firstResultMs) : '-',
  ]);
}

/** Per query class (and all together): latency, documents scored and matched, and Kiwix's latency beside. */
export function latencyRows(classes: readonly ClassTimes[]): string[][] {
  const all = {
    name: 'all',
    queries: classes.reduce((n, c) => n + c.queries, 0),
    app: classes.flatMap((c) => c.app),
    // Kiwix's "all" leaves out the classes it has no twin of.
    kiwix: classes.some((c) => c.kiwix !== undefined) ? classes.flatMap((c) => c.kiwix ?? []) : undefined,
    scored: classes.flatMap((c) => c.scored),
    matches: classes.flatMap((c) => c.matches),
  };
  return [...classes, all].map(({ name, queries, app, kiwix, scored, matches }) => [
    name,
    String(queries),
    triple(app),
    `${count(median(scored))} / ${count(Math.round(mean(scored)))} / ${count(Math.max(0, ...scored))}`,
    count(median(matches)),
    kiwix ? triple(kiwix) : '-',
    kiwix ? ratio(percentiles(kiwix).p95, percentiles(app).p95) : '-',
  ]);
}

/** The Lunr agreement at each size it ran at (or why not). */
export function agreementRows(results: readonly SizeResult[]): string[][] {
  return results.flatMap(({ size, agreement: a }) => {
    if (a === undefined) return [];
    if ('skipped' in a) return [[count(size), a.skipped, '-', '-', '-', '-', '-']];
    return [
      [
        count(size),
        String(a.checked),
        String(a.identical),
        String(a.capped),
        `${((100 * a.identical) / Math.max(1, a.checked)).toFixed(1)}%`,
        ms(a.referenceMs),
        mb(a.referencePeakBytes),
      ],
    ];
  });
}

/** A table to print: its title, header and rows. */
export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

/** Every table of the run, in the order they are printed. */
export function scaleTables(results: readonly SizeResult[], kiwixNote: string): Table[] {
  const tables: Table[] = [];
  const add = (title: string, header: string[], rows: string[][]) => tables.push({ title, header, rows });
  add(
    'Build: the app’s build (tools/build/build-data.ts in a child process; peak RSS is GNU time’s maximum ' +
      `resident set size, its worker threads included) against zimwriterfs (ZIM with Xapian indexes)${kiwixNote}`,
    [
      'articles',
      'app build',
      'articles/s',
      'app peak RSS',
      'zimwriterfs',
      'zimwriterfs peak RSS',
      'zimwriterfs / app',
    ],
    buildRows(results),
  );
  add(
    'On disk: the app’s index (index + positions files) and bodies (everything under articles/) against the ZIM',
    [
      'articles',
      'app index',
      'app bodies',
      'Xapian (full text + titles)',
      'ZIM',
      'index: app / Xapian',
      'index + bodies: app / ZIM',
    ],
    diskRows(results),
  );
  add(
    'Open to first result: the app in a fresh Node process, from reading its index to its first result, against ' +
      'kiwix-serve from its spawn to its first answer (polled every 50 ms); medians of 3',
    ['articles', 'app load', 'app first result', 'app heap + buffers', 'kiwix-serve', 'Kiwix / app'],
    startRows(results),
  );
  for (const r of results) {
    add(
      `Search, ${count(r.size)} articles: warm (each query once untimed, then ${r.rounds} timed runs), top 10; the ` +
        'app’s whole search path with snippets in Node, Kiwix through kiwix-serve over loopback',
      [
        'class',
        'queries',
        'app p50 / p95 / p99',
        'scored per query: median / mean / max',
        'matches (median)',
        'Kiwix p50 / p95 / p99',
        'p95: Kiwix / app',
      ],
      latencyRows(r.classes),
    );
  }
  const agreements = agreementRows(results);
  if (agreements.length > 0) {
    add(
      'Identical results: top 10 against lunr.Index with the app’s pipeline, same clauses',
      ['articles', 'queries', 'identical', 'capped (excluded)', 'agreement', 'Lunr build', 'Lunr peak RSS'],
      agreements,
    );
  }
  add(
    'Time the benchmark took per size',
    ['articles', 'time'],
    results.map((r) => [count(r.size), duration(r.wallMs)]),
  );
  return tables;
}
