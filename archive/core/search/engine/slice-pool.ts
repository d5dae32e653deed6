// Many growing byte streams (one per term and field: hundreds of thousands) in a few large blocks, as Lucene's
// ByteBlockPool holds them while it indexes. A buffer per stream had cost the build more than its bytes: each
// small typed array carries its own bookkeeping, every doubling copies and leaves garbage (a fifth of the build's
// time went to growing and collecting), and at 50,000 articles the buffers held 3.4 times the bytes written.
// Hand-written: no package does this, and it is the build's hot loop.

/** Bytes per block (1 MB); a slice never crosses one. */
const BLOCK_BITS = 20;
const BLOCK_BYTES = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_BYTES - 1;
/** Blocks addressable with 32 bits. */
const MAX_BLOCKS = 2 ** (32 - BLOCK_BITS);
/**
 * Slice sizes by level (bytes before the 4-byte link to the next slice): most lists hold one or two postings and
 * waste little, and no list leaves more than 1 KB unused (slices of up to 32 KB had held 1.9 times the bytes
 * written at 60,000 articles; these hold 1.6 times, the rest being the per-list tables).
 */
const LEVEL_BYTES = [4, 12, 28, 60, 124, 252, 508, 1020];
const LINK = 4;

/**
 * Byte streams numbered from 0 (room made with `reserve`), each written only at its end (as varints) and read
 * back whole, stored as chains of slices of growing size in shared blocks, the first made by the first write. Addresses are block * BLOCK_BYTES + offset, so a pool holds at most
 * 4 GB: the build closes a segment long before.
 */
export class SlicePool {
  private blocks: Uint8Array[] = [];
  /** Where the next slice starts (an address). */
  private free = 0;
  private head = new Uint32Array(1024);
  private pos = new Uint32Array(1024);
  private limit = new Uint32Array(1024);
  private level = new Uint8Array(1024);
  private lengths = new Uint32Array(1024);
  /** Bytes written to every stream. */
  bytes = 0;

  /** Makes room for streams 0 to n - 1 (a stream takes no space until it is first written). */
  reserve(n: number): void {
    while (n > this.head.length) this.growStreams();
  }

  /**
   * Appends a non-negative integer below 2^32 to a stream as an unsigned LEB128 varint: the stream's place is read
   * and written once per number, not once per byte (a tenth of the build went to writing bytes one call at a time).
   */
  varint(stream: number, value: number): void {
    let v = value >>> 0;
    let at = this.pos[stream]!;
    let limit = this.limit[stream]!;
    let written = 0;
    for (;;) {
      if (at === limit) {
        at = this.next(stream);
        limit = this.limit[stream]!;
      }
      const last = v < 0x80;
      this.blocks[at >>> BLOCK_BITS]![at & BLOCK_MASK] = last ? v : (v & 0x7f) | 0x80;
      at++;
      written++;
      if (last) break;
      v >>>= 7;
    }
    this.pos[stream] = at;
    this.lengths[stream] = this.lengths[stream]! + written;
    this.bytes += written;
  }

  /** Bytes written to a stream. */
  length(stream: number): number {
    return this.lengths[stream]!;
  }

  /** Copies a stream's bytes into `out` from `at` on; returns the index after them. */
  copy(stream: number, out: Uint8Array, at: number): number {
    let remaining = this.lengths[stream]!;
    let address = this.head[stream]!;
    for (let level = 0; remaining > 0; level = Math.min(level + 1, LEVEL_BYTES.length - 1)) {
      const size = LEVEL_BYTES[level]!;
      const block = this.blocks[address >>> BLOCK_BITS]!;
      const offset = address & BLOCK_MASK;
      const n = Math.min(size, remaining);
      out.set(block.subarray(offset, offset + n), at);
      at += n;
      remaining -= n;
      if (remaining > 0) address = readLink(block, offset + size);
    }
    return at;
  }

  // The stream's slice is full (or it has none yet): a larger one is chained after it, its address written in the
  // old one's link.
  private next(stream: number): number {
    if (this.limit[stream] === 0) {
      const first = this.slice(LEVEL_BYTES[0]!);
      this.head[stream] = first;
      this.limit[stream] = first + LEVEL_BYTES[0]!;
      return first;
    }
    const level = Math.min(this.level[stream]! + 1, LEVEL_BYTES.length - 1);
    const start = this.slice(LEVEL_BYTES[level]!);
    const end = this.limit[stream]!;
    writeLink(this.blocks[end >>> BLOCK_BITS]!, end & BLOCK_MASK, start);
    this.level[stream] = level;
    this.limit[stream] = start + LEVEL_BYTES[level]!;
    return start;
  }

  // Room for a slice and its link, at the end of the last block or at the start of a new one.
  private slice(size: number): number {
    const needed = size + LINK;
    const blockEnd = this.blocks.length * BLOCK_BYTES;
    if (this.free + needed > blockEnd) {
      if (this.blocks.length >= MAX_BLOCKS) throw new Error('a segment is limited to 4 GB of postings');
      this.free = blockEnd;
      this.blocks.push(new Uint8Array(BLOCK_BYTES));
    }
    const start = this.free;
    this.free += needed;
    return start;
  }

  private growStreams(): void {
    const size = this.head.length * 2;
    const grow32 = (a: Uint32Array) => {
      const next = new Uint32Array(size);
      next.set(a);
      return next;
    };
    this.head = grow32(this.head);
    this.pos = grow32(this.pos);
    this.limit = grow32(this.limit);
    this.lengths = grow32(this.lengths);
    const level = new Uint8Array(size);
    level.set(this.level);
    this.level = level;
  }
}

function writeLink(block: Uint8Array, at: number, address: number): void {
  block[at] = address & 0xff;
  block[at + 1] = (address >>> 8) & 0xff;
  block[at + 2] = (address >>> 16) & 0xff;
  block[at + 3] = (address >>> 24) & 0xff;
}

function readLink(block: Uint8Array, at: number): number {
  return (block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24)) >>> 0;
}
