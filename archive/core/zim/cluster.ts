import { LittleEndian, ZimError, readRange, type ByteSource } from './byte-source';
import { ClusterCache } from './cluster-cache';
import { compressionOf, decompress, decompressZstdPrefix, MAX_CLUSTER_BYTES } from './decompress';
import type { PointerList } from './pointer-list';
import { decodeWithRoom, zstdWasm } from './zstd-wasm';

/**
 * A decompressed cluster, or the start of one: its blob offsets (those its bytes so far hold), how many there
 * are, and its bytes; `complete` when it is the whole cluster.
 */
interface Decompressed {
  offsets: number[];
  count: number;
  data: Uint8Array;
  byteLength: number;
  complete: boolean;
}

/** Default bound of the decompressed cluster cache: 32 MB, about 16 clusters of a Wikipedia file. */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Reads blobs (the stored bytes of entries) out of clusters. An uncompressed cluster is read in place: its two
 * offsets around the blob, then the blob alone. A compressed one is read whole, decompressed once and kept in
 * a cache bounded in bytes.
 */
export class ClusterReader {
  private readonly cache: ClusterCache<Decompressed>;

  constructor(
    private readonly source: ByteSource,
    private readonly clusters: PointerList,
    /** Where the last cluster ends (the checksum's position). */
    private readonly end: number,
    cacheBytes = DEFAULT_CACHE_BYTES,
  ) {
    this.cache = new ClusterCache(cacheBytes);
  }

  /** The bytes of blob `blob` of cluster `cluster`. */
  async blob(cluster: number, blob: number): Promise<Uint8Array> {
    const cached = this.cache.get(cluster);
    if (cached !== undefined && holds(cached, blob)) return slice(cached, cluster, blob);
    const [start, stop] = await this.range(cluster);
    const info = (await readRange(this.source, start, 1, `cluster ${cluster}`))[0]!;
    const compression = compressionOf(info, cluster);
    const width = info & 0x10 ? 8 : 4;
    if (compression === 'none') return this.blobInPlace(cluster, blob, start + 1, stop, width);
    if (stop - start - 1 > MAX_CLUSTER_BYTES) throw new ZimError(`cluster ${cluster} is impossibly large`);
    const packed = await readRange(this.source, start + 1, stop - start - 1, `cluster ${cluster}`);
    // A zstd cluster is decoded first only as far as the blob asked for ends; asked for a blob beyond that
    // start, it is decoded whole, so reading a cluster blob by blob (as the indexer does) decodes it twice at most.
    // With zstd in WebAssembly, a whole cluster costs less than the start of one in JavaScript.
    const wasm = compression === 'zstd' ? await zstdWasm() : undefined;
    const { data, complete } = wasm
      ? { data: decodeWithRoom(wasm, packed, MAX_CLUSTER_BYTES, cluster), complete: true }
      : compression === 'zstd' && cached === undefined
        ? decompressZstdPrefix(packed, cluster, (prefix) => endOf(prefix, width, blob) <= prefix.length)
        : { data: await decompress(compression, packed, cluster), complete: true };
    const decompressed = {
      ...readOffsets(data, width, cluster, complete),
      data,
      byteLength: data.byteLength,
      complete,
    };
    this.cache.set(cluster, decompressed);
    return slice(decompressed, cluster, blob);
  }

  /**
   * Where blob `blob` of an uncompressed cluster lies in the file, so a large listing (a title index of millions
   * of entries) can be read by ranges; undefined for a compressed cluster, whose blob must be read whole.
   */
  async blobLocation(cluster: number, blob: number): Promise<{ offset: number; length: number } | undefined> {
    const [start, stop] = await this.range(cluster);
    const info = (await readRange(this.source, start, 1, `cluster ${cluster}`))[0]!;
    if (compressionOf(info, cluster) !== 'none') return undefined;
    const width = info & 0x10 ? 8 : 4;
    const [from, to] = await this.blobBounds(cluster, blob, start + 1, stop, width);
    return { offset: start + 1 + from, length: to - from };
  }

  // The cluster's bytes run from its pointer to the next cluster's, the last one to the checksum.
  private async range(cluster: number): Promise<[number, number]> {
    const start = await this.clusters.get(cluster);
    const stop = cluster + 1 < this.clusters.count ? await this.clusters.get(cluster + 1) : this.end;
    if (stop <= start || stop > this.source.size)
      throw new ZimError(`cluster ${cluster} has an impossible position`);
    return [start, stop];
  }

  private async blobInPlace(
    cluster: number,
    blob: number,
    base: number,
    stop: number,
    width: 4 | 8,
  ): Promise<Uint8Array> {
    const [from, to] = await this.blobBounds(cluster, blob, base, stop, width);
    return readRange(this.source, base + from, to - from, `blob ${blob} of cluster ${cluster}`);
  }

  // The two offsets around a blob of an uncompressed cluster, relative to `base`, checked against the cluster.
  private async blobBounds(
    cluster: number,
    blob: number,
    base: number,
    stop: number,
    width: 4 | 8,
  ): Promise<[number, number]> {
    const first = new LittleEndian(await readRange(this.source, base, width, `cluster ${cluster}`));
    const count = (width === 8 ? first.u64(0) : first.u32(0)) / width - 1;
    if (!Number.isInteger(count) || count < 0 || blob >= count)
      throw new ZimError(`cluster ${cluster} has no blob ${blob}`);
    const pair = new LittleEndian(
      await readRange(this.source, base + blob * width, 2 * width, `cluster ${cluster}`),
    );
    const [from, to] = width === 8 ? [pair.u64(0), pair.u64(8)] : [pair.u32(0), pair.u32(4)];
    if (to < from || base + to > stop)
      throw new ZimError(`blob ${blob} of cluster ${cluster} is out of place`);
    return [from, to];
  }
}

// The offsets at the start of a decompressed cluster (as many as its bytes so far hold, when it is only its
// start): the first one says how many there are.
function readOffsets(
  data: Uint8Array,
  width: 4 | 8,
  cluster: number,
  complete: boolean,
): { offsets: number[]; count: number } {
  if (data.length < width) throw new ZimError(`cluster ${cluster} is empty`);
  const le = new LittleEndian(data);
  const read = (i: number): number => (width === 8 ? le.u64(i * width) : le.u32(i * width));
  const first = read(0);
  const count = first / width;
  if (!Number.isInteger(count) || count < 1 || (complete && first > data.length))
    throw new ZimError(`cluster ${cluster} has a damaged list of blobs`);
  const offsets: number[] = [];
  const known = complete ? count : Math.min(count, Math.floor(data.length / width));
  for (let i = 0; i < known; i++) {
    const offset = read(i);
    if ((complete && offset > data.length) || (i > 0 && offset < offsets[i - 1]!) || offset < first)
      throw new ZimError(`cluster ${cluster} has a damaged list of blobs`);
    offsets.push(offset);
  }
  return { offsets, count };
}

/**
 * Where blob `blob` ends in a cluster whose decoded start is `prefix`: Infinity while the offsets that say so
 * are not decoded yet, and 0 (nothing more needed) for a blob the cluster does not have.
 */
function endOf(prefix: Uint8Array, width: 4 | 8, blob: number): number {
  if (prefix.length < width) return Infinity;
  const le = new LittleEndian(prefix);
  const count = (width === 8 ? le.u64(0) : le.u32(0)) / width;
  if (!Number.isInteger(blob) || blob < 0 || blob + 1 >= count) return 0;
  const at = (blob + 1) * width;
  if (prefix.length < at + width) return Infinity;
  return width === 8 ? le.u64(at) : le.u32(at);
}

// Whether a decoded cluster, or the decoded start of one, holds blob `blob` whole (or says it has no such blob).
function holds(d: Decompressed, blob: number): boolean {
  if (d.complete || !Number.isInteger(blob) || blob < 0 || blob + 1 >= d.count) return true;
  return blob + 1 < d.offsets.length && d.offsets[blob + 1]! <= d.data.length;
}

function slice({ offsets, count, data }: Decompressed, cluster: number, blob: number): Uint8Array {
  if (!Number.isInteger(blob) || blob < 0 || blob + 1 >= count || blob + 1 >= offsets.length)
    throw new ZimError(`cluster ${cluster} has no blob ${blob}`);
  const [from, to] = [offsets[blob]!, offsets[blob + 1]!];
  if (to > data.length) throw new ZimError(`blob ${blob} of cluster ${cluster} runs past its cluster`);
  return data.subarray(from, to);
}
