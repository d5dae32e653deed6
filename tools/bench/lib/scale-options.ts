// What `npm run bench:scale` is asked to measure, and whether this machine has the room for it: a size that
// cannot fit is refused with a sentence saying why, before an hour is spent reaching it.

/** The sizes measured when none are given. */
export const DEFAULT_SIZES: readonly number[] = [10_000, 50_000, 200_000];
/** The size `--million` adds: measured on request only, as it takes hours and most of a 24 GB machine. */
export const MILLION = 1_000_000;
/** Largest archive the Lunr agreement check runs at: Lunr's own index took 19 GB of RSS at 50,000 articles. */
export const AGREEMENT_MAX = 50_000;

/** The benchmark's options, from its command line. */
export interface ScaleOptions {
  /** Archive sizes in articles, ascending, each once. */
  sizes: number[];
  /** Whether to check the top 10 against Lunr's at the sizes up to AGREEMENT_MAX. */
  agreement: boolean;
}

const USAGE = 'use --sizes=10000,50000 (or 10k,1m), --million, --no-agreement';

/** A size as typed: digits, optionally with `_` between them and a k or m suffix ("50k", "1m"). */
function parseSize(text: string): number {
  const match = /^(\d[\d_]*)([km]?)$/i.exec(text.trim());
  const suffix = match?.[2]?.toLowerCase();
  const unit = suffix === 'm' ? 1e6 : suffix === 'k' ? 1e3 : 1;
  const value = match ? Number(match[1]!.replace(/_/g, '')) * unit : NaN;
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new Error(`"${text}" is not a number of articles; ${USAGE}`);
  return value;
}

/** Reads the benchmark's arguments (`--sizes=a,b` or `--sizes a,b`, bare sizes, `--million`, `--no-agreement`). */
export function parseScaleArgs(args: readonly string[]): ScaleOptions {
  const sizes: number[] = [];
  let million = false;
  let agreement = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--million') million = true;
    else if (arg === '--no-agreement') agreement = false;
    else if (arg.startsWith('--sizes='))
      sizes.push(...arg.slice('--sizes='.length).split(',').map(parseSize));
    else if (arg === '--sizes' && args[i + 1] !== undefined)
      sizes.push(...args[++i]!.split(',').map(parseSize));
    else if (!arg.startsWith('-')) sizes.push(...arg.split(',').map(parseSize));
    else throw new Error(`Unknown option ${arg}: ${USAGE}`);
  }
  if (sizes.length === 0) sizes.push(...DEFAULT_SIZES);
  if (million) sizes.push(MILLION);
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), agreement };
}

/**
 * Peak RSS of the app's build per article (2.35 GB at 200,000 articles, measured on 2 cores, where the build keeps
 * no article's text: scaling it on is generous, as its segments are bounded), used until this run has built an
 * archive to scale from.
 */
export const BUILD_BYTES_PER_ARTICLE = 12_000;
/**
 * Disk a size takes at its fullest, per article: the data folder with the HTML pages and ZIM made for Kiwix
 * beside it (the Markdown the build reads is deleted first); generous, as bodies were once stored uncompressed.
 */
export const DISK_BYTES_PER_ARTICLE = 20_000;
/** Room left over for everything else on the machine. */
const SPARE_BYTES = 512 * 2 ** 20;

/** A size's needs set against what the machine has, and the largest archive built so far in this run. */
export interface RoomCheck {
  size: number;
  availableMemory: number;
  freeDisk: number;
  /** The largest build of this run so far: its size, peak RSS and the disk the size took at its fullest. */
  measured?: { size: number; peakBytes: number; diskBytes: number };
}

/** Why this size cannot be measured here (memory or disk), or undefined when it fits. */
export function roomProblem({ size, availableMemory, freeDisk, measured }: RoomCheck): string | undefined {
  const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;
  const count = size.toLocaleString('en');
  const from = measured
    ? `scaled from ${measured.size.toLocaleString('en')} articles in this run`
    : 'estimated';
  const memory = measured ? (measured.peakBytes / measured.size) * size : BUILD_BYTES_PER_ARTICLE * size;
  if (memory + SPARE_BYTES > availableMemory) {
    return (
      `${count} articles: the app's build would need about ${gb(memory)} of memory (${from}), ` +
      `and ${gb(availableMemory)} is available. Choose smaller --sizes.`
    );
  }
  const disk = measured ? (measured.diskBytes / measured.size) * size : DISK_BYTES_PER_ARTICLE * size;
  if (disk + SPARE_BYTES > freeDisk) {
    return (
      `${count} articles: the archive, its build and its ZIM would take about ${gb(disk)} of disk (${from}), ` +
      `and ${gb(freeDisk)} is free. Choose smaller --sizes or set TMPDIR to a larger disk.`
    );
  }
  return undefined;
}

/** Peak RSS of Lunr's reference index per article (19 GB at 50,000 articles, measured by bench:search). */
export const LUNR_BYTES_PER_ARTICLE = 400_000;

/** Why the Lunr agreement check cannot run at this size with this much memory, or undefined when it can. */
export function agreementProblem(size: number, availableMemory: number): string | undefined {
  const need = LUNR_BYTES_PER_ARTICLE * size;
  if (need + SPARE_BYTES <= availableMemory) return undefined;
  const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;
  return `skipped: Lunr's reference needs about ${gb(need)}, ${gb(availableMemory)} is available`;
}
