import { spawnSync } from 'node:child_process';

/** p50, p95, p99 and max of a set of samples in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of the samples (NaN for none). */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

/** Runs a function and returns its result with the milliseconds it took. */
export async function timed<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

/** Formats milliseconds for a table: ms below 10 s, else seconds. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

/** Formats bytes as MB. */
export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MB` : 'n/a';
}

/** A ratio for a table, e.g. "0.12x". */
export function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a';
}

/** Runs a command, returning its stdout, wall time and peak resident memory (GNU time's %M, in bytes). */
export function runMeasured(
  command: string,
  args: readonly string[],
): { stdout: string; ms: number; peakBytes: number } {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${child.stderr}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1];
  return { stdout: child.stdout, ms: elapsed, peakBytes: Number(peak ?? NaN) * 1024 };
}
