import { LittleEndian, ZimError, readRange, type ByteSource } from './byte-source';
import { ClusterCache } from './cluster-cache';
import { compressionOf, decompress, MAX_CLUSTER_BYTES } from './decompress';
import type { PointerList } from './pointer-list';

/** A decompressed cluster: its blob offsets and its bytes. */
interface Decompressed {
  offsets: number[];
  data: Uint8Array;
  byteLength: number;
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
    if (cached !== undefined) return slice(cached, cluster, blob);
    const [start, stop] = await this.range(cluster);
    const info = (await readRange(this.source, start, 1, `cluster ${cluster}`))[0]!;
    const compression = compressionOf(info, cluster);
    const width = info & 0x10 ? 8 : 4;
    if (compression === 'none') return this.blobInPlace(cluster, blob, start + 1, stop, width);
    if (stop - start - 1 > MAX_CLUSTER_BYTES) throw new ZimError(`cluster ${cluster} is impossibly large`);
    const packed = await readRange(this.source, start + 1, stop - start - 1, `cluster ${cluster}`);
    const data = await decompress(compression, packed, cluster);
    const decompressed = { offsets: readOffsets(data, width, cluster), data, byteLength: data.byteLength };
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

// The offsets at the start of a decompressed cluster: the first one says how many there are.
function readOffsets(data: Uint8Array, width: 4 | 8, cluster: number): number[] {
  if (data.length < width) throw new ZimError(`cluster ${cluster} is empty`);
  const le = new LittleEndian(data);
  const read = (i: number): number => (width === 8 ? le.u64(i * width) : le.u32(i * width));
  const first = read(0);
  const count = first / width;
  if (!Number.isInteger(count) || count < 1 || first > data.length)
    throw new ZimError(`cluster ${cluster} has a damaged list of blobs`);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const offset = read(i);
    if (offset > data.length || (i > 0 && offset < offsets[i - 1]!))
      throw new ZimError(`cluster ${cluster} has a damaged list of blobs`);
    offsets.push(offset);
  }
  return offsets;
}

function slice({ offsets, data }: Decompressed, cluster: number, blob: number): Uint8Array {
  if (!Number.isInteger(blob) || blob < 0 || blob + 1 >= offsets.length)
    throw new ZimError(`cluster ${cluster} has no blob ${blob}`);
  return data.subarray(offsets[blob]!, offsets[blob + 1]!);
}
