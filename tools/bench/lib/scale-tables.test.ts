import { describe, expect, it } from 'vitest';
import type { ClassTimes } from './scale-search';
import { agreementRows, diskRows, duration, latencyRows, scaleTables, type SizeResult } from './scale-tables';

const MB = 2 ** 20;

const classes: ClassTimes[] = [
  {
    name: 'common',
    queries: 2,
    app: [1, 2, 3, 4],
    kiwix: [10, 20, 30, 40],
    scored: [5, 7],
    matches: [50, 70],
  },
  { name: 'fuzzy', queries: 2, app: [2, 2, 2, 2], scored: [1, 3], matches: [1, 3] },
];

const result = (withKiwix: boolean): SizeResult => ({
  size: 10_000,
  wallMs: 125_000,
  build: { ms: 20_000, peakBytes: 500 * MB },
  data: { index: 30 * MB, positions: 20 * MB, bodies: 100 * MB },
  start: { loadMs: 50, firstResultMs: 200, heapMB: 40, hits: 3 },
  classes: withKiwix ? classes : classes.map((c) => ({ ...c, kiwix: undefined })),
  rounds: 3,
  ...(withKiwix && {
    kiwix: {
      zim: {
        zimPath: 'bench.zim',
        writeMs: 60_000,
        writePeakBytes: 300 * MB,
        zimBytes: 75 * MB,
        fulltextBytes: 20 * MB,
        titleBytes: 5 * MB,
        htmlBytes: 0,
      },
      openMs: 100,
    },
  }),
});

describe('the scale benchmark’s tables', () => {
  it('gives each class its percentiles, documents scored and Kiwix’s p95 over the app’s, with "-" for fuzzy', () => {
    expect(latencyRows(classes)).toEqual([
      [
        'common',
        '2',
        '2.00 ms / 4.00 ms / 4.00 ms',
        '7 / 6 / 7',
        '70',
        '20.0 ms / 40.0 ms / 40.0 ms',
        '10.00x',
      ],
      ['fuzzy', '2', '2.00 ms / 2.00 ms / 2.00 ms', '3 / 2 / 3', '3', '-', '-'],
      // Kiwix's "all" is over the classes it ran.
      ['all', '4', '2.00 ms / 4.00 ms / 4.00 ms', '5 / 4 / 7', '50', '20.0 ms / 40.0 ms / 40.0 ms', '10.00x'],
    ]);
  });

  it('sets the app’s index against Xapian’s and everything against the ZIM, or "-" without Kiwix', () => {
    expect(diskRows([result(true)])).toEqual([
      [
        '10,000',
        '50.0 MB (30.0 MB + 20.0 MB)',
        '100.0 MB',
        '25.0 MB (20.0 MB + 5.0 MB)',
        '75.0 MB',
        '2.00x',
        '2.00x',
      ],
    ]);
    expect(diskRows([result(false)])[0]!.slice(3)).toEqual(['-', '-', '-', '-']);
  });

  it('says why the agreement check was skipped, and leaves out sizes it was not asked at', () => {
    const skipped = { ...result(false), agreement: { skipped: 'skipped: no room' } };
    expect(agreementRows([skipped, result(false)])).toEqual([
      ['10,000', 'skipped: no room', '-', '-', '-', '-', '-'],
    ]);
    expect(scaleTables([result(false)], '').map((t) => t.title)).not.toContain(
      expect.stringMatching(/^Identical results/),
    );
  });

  it('writes durations in milliseconds, seconds, or minutes and seconds', () => {
    expect([duration(250), duration(9_515), duration(125_000)]).toEqual(['250 ms', '9.5 s', '2 min 05 s']);
  });
});
