import { describe, expect, it } from 'vitest';
import { agreementProblem, DEFAULT_SIZES, MILLION, parseScaleArgs, roomProblem } from './scale-options';

const GB = 2 ** 30;

describe('reading the scale benchmark’s arguments', () => {
  it('measures 10k, 50k and 200k with the agreement check when given nothing', () => {
    expect(parseScaleArgs([])).toEqual({ sizes: [...DEFAULT_SIZES], agreement: true });
  });

  it('takes sizes in any of the usual spellings, sorted and each once', () => {
    expect(parseScaleArgs(['--sizes=5000,2000']).sizes).toEqual([2000, 5000]);
    expect(parseScaleArgs(['--sizes', '50k,10_000', '10000']).sizes).toEqual([10_000, 50_000]);
    expect(parseScaleArgs(['1M']).sizes).toEqual([MILLION]);
  });

  it('adds a million to the default sizes with --million, and skips Lunr with --no-agreement', () => {
    expect(parseScaleArgs(['--million', '--no-agreement'])).toEqual({
      sizes: [...DEFAULT_SIZES, MILLION],
      agreement: false,
    });
  });

  it('refuses a size that is not a whole positive number, and an unknown option, saying what it takes', () => {
    expect(() => parseScaleArgs(['--sizes=10.5k'])).toThrow(
      /"10.5k" is not a number of articles; use --sizes/,
    );
    expect(() => parseScaleArgs(['--sizes=0'])).toThrow(/not a number of articles/);
    expect(() => parseScaleArgs(['--quick'])).toThrow(/Unknown option --quick: use --sizes/);
  });
});

describe('whether a size fits on this machine', () => {
  it('lets a size through when memory and disk suffice', () => {
    expect(roomProblem({ size: 200_000, availableMemory: 20 * GB, freeDisk: 70 * GB })).toBeUndefined();
  });

  it('refuses a million articles on a machine with 8 GB free, with the estimate and what is available', () => {
    expect(roomProblem({ size: MILLION, availableMemory: 8 * GB, freeDisk: 70 * GB })).toBe(
      "1,000,000 articles: the app's build would need about 11.2 GB of memory (estimated), and 8.0 GB is " +
        'available. Choose smaller --sizes.',
    );
  });

  it('scales from the largest build of the run once there is one', () => {
    const measured = { size: 200_000, peakBytes: 4 * GB, diskBytes: 2 * GB };
    expect(roomProblem({ size: MILLION, availableMemory: 16 * GB, freeDisk: 70 * GB, measured })).toMatch(
      /about 20.0 GB of memory \(scaled from 200,000 articles in this run\), and 16.0 GB/,
    );
    expect(
      roomProblem({ size: MILLION, availableMemory: 24 * GB, freeDisk: 70 * GB, measured }),
    ).toBeUndefined();
  });

  it('refuses a size whose files would not fit on the disk', () => {
    expect(roomProblem({ size: MILLION, availableMemory: 64 * GB, freeDisk: 10 * GB })).toMatch(
      /take about 18.6 GB of disk \(estimated\), and 10.0 GB is free/,
    );
  });
});

describe('whether Lunr’s reference fits', () => {
  it('runs at 10,000 articles on a 24 GB machine and says why not when memory is short', () => {
    expect(agreementProblem(10_000, 20 * GB)).toBeUndefined();
    expect(agreementProblem(50_000, 12 * GB)).toBe(
      "skipped: Lunr's reference needs about 18.6 GB, 12.0 GB is available",
    );
  });
});
