/**
 * Decompressed clusters kept for reuse, bounded in bytes rather than in count (clusters vary from kilobytes to
 * megabytes), least recently used out first, as libzim's cluster cache does. Reading one article then its
 * images, or the next article of the same cluster, then costs no second decompression.
 */
export class ClusterCache<T extends { byteLength: number }> {
  private readonly entries = new Map<number, T>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The cluster if kept, marked as just used. */
  get(cluster: number): T | undefined {
    const value = this.entries.get(cluster);
    if (value === undefined) return undefined;
    this.entries.delete(cluster);
    this.entries.set(cluster, value);
    return value;
  }

  /** Keeps a cluster, dropping the least recently used ones until the total fits; one too large is not kept. */
  set(cluster: number, value: T): void {
    const known = this.entries.get(cluster);
    if (known !== undefined) {
      this.entries.delete(cluster);
      this.bytes -= known.byteLength;
    }
    if (value.byteLength > this.maxBytes) return;
    this.entries.set(cluster, value);
    this.bytes += value.byteLength;
    for (const [key, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= old.byteLength;
    }
  }

  /** Bytes held now, for tests and the memory figures of benchmarks. */
  size(): number {
    return this.bytes;
  }
}
