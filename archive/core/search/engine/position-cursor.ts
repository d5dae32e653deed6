import { ByteReader } from './bytes';
import type { ListSkips } from './position-skips';

/**
 * Walks one term's postings in one field in document order, with the token positions of the document it is on.
 * Positions of documents passed over are stepped across, never decoded, and nothing is allocated per document:
 * a phrase of two common words visits tens of thousands of postings (a Map of arrays per document cost 45 ms
 * and a quarter of it in garbage collection at 50,000 articles).
 */
export class PositionCursor {
  /** The current document (segment-local), -1 before the first `next`, Infinity once past the last. */
  doc = -1;
  private readonly postings: ByteReader;
  private readonly positions: ByteReader;
  private pending = 0;
  /** The first skip entry not yet passed. */
  private skip = 0;

  constructor(
    postingBytes: Uint8Array,
    private readonly postingStart: number,
    private readonly postingEnd: number,
    positionBytes: Uint8Array,
    private readonly positionStart: number,
    /** Where blocks of the list start, when its file has them: `advanceTo` jumps over whole blocks. */
    private readonly skips?: ListSkips,
  ) {
    this.postings = new ByteReader(postingBytes, postingStart);
    this.positions = new ByteReader(positionBytes, positionStart);
  }

  /** Moves to the next document; false (and `doc` Infinity) past the last. */
  next(): boolean {
    if (this.pending > 0) this.positions.skipVarints(this.pending);
    if (this.postings.at >= this.postingEnd) {
      this.doc = Infinity;
      this.pending = 0;
      return false;
    }
    this.doc += this.postings.varint() + 1;
    this.postings.varint(); // The term frequency: the position count below says the same.
    this.pending = this.positions.varint();
    return true;
  }

  /** Moves to the first document at or after `target`; true when it is exactly `target`. */
  advanceTo(target: number): boolean {
    const skips = this.skips;
    if (skips !== undefined && this.doc < target) {
      // The last block that starts before `target`, among those not yet passed.
      let block = -1;
      while (this.skip < skips.count && skips.docBefore(this.skip) < target) block = this.skip++;
      if (block >= 0 && skips.docBefore(block) >= this.doc) {
        this.doc = skips.docBefore(block);
        this.postings.at = this.postingStart + skips.postingOffset(block);
        this.positions.at = this.positionStart + skips.positionOffset(block);
        this.pending = 0;
      }
    }
    while (this.doc < target && this.next());
    return this.doc === target;
  }

  /** Decodes the current document's positions into `into` (grown when too short) and returns the filled view. */
  read(into: { buffer: Uint32Array }): Uint32Array {
    const count = this.readInto(into); // First: it may give `into` a larger buffer.
    return into.buffer.subarray(0, count);
  }

  /**
   * Decodes the current document's positions into the start of `into.buffer` (grown when too short) and returns
   * how many: a phrase is checked in thousands of documents per query, and a view for each made most of the
   * query's garbage.
   */
  readInto(into: { buffer: Uint32Array }): number {
    const count = this.pending;
    if (into.buffer.length < count) into.buffer = new Uint32Array(Math.max(count, into.buffer.length * 2));
    const list = into.buffer;
    let at = 0;
    for (let i = 0; i < count; i++) list[i] = at += this.positions.varint();
    this.pending = 0;
    return count;
  }
}
