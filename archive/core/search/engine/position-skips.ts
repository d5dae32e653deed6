import { ByteReader } from './bytes';
import { SegmentFormatError } from './segment-format';

/**
 * Postings between two skip entries. A phrase of a common and a rare word checks the common word's positions in
 * the rare word's few documents; without entries its cursor stepped over every posting and position before them.
 */
export const SKIP_EVERY = 128;

/** Numbers per skip entry: the last document before the block, then its postings and positions offsets. */
const ENTRY = 3;

/**
 * Appends the skip entries of one term's list in one field: before every `SKIP_EVERY`-th posting, the document
 * of the posting before it and where the block starts in the list's postings and positions bytes.
 */
export function appendSkips(postings: Uint8Array, positions: Uint8Array, out: number[]): void {
  const postingReader = new ByteReader(postings);
  const positionReader = new ByteReader(positions);
  let doc = -1;
  for (let n = 0; postingReader.at < postings.length; n++) {
    if (n > 0 && n % SKIP_EVERY === 0) out.push(doc, postingReader.at, positionReader.at);
    doc += postingReader.varint() + 1;
    postingReader.varint();
    positionReader.skipVarints(positionReader.varint());
  }
}

/** One list's skip entries, checked: documents and offsets ascending and inside the list. */
export class ListSkips {
  /** Entries of this list, in `ENTRY`-number groups. */
  readonly entries: Uint32Array;

  constructor(entries: Uint32Array, postingLength: number, positionLength: number) {
    if (entries.length % ENTRY !== 0) throw damaged();
    let doc = -1;
    let posting = 0;
    let position = 0;
    for (let i = 0; i < entries.length; i += ENTRY) {
      if (entries[i]! <= doc || entries[i + 1]! <= posting || entries[i + 2]! <= position) throw damaged();
      doc = entries[i]!;
      posting = entries[i + 1]!;
      position = entries[i + 2]!;
      if (posting >= postingLength || position >= positionLength) throw damaged();
    }
    this.entries = entries;
  }

  /** How many entries. */
  get count(): number {
    return this.entries.length / ENTRY;
  }

  /** The last document before entry `i`'s block. */
  docBefore(i: number): number {
    return this.entries[i * ENTRY]!;
  }

  /** Where entry `i`'s block starts in the list's postings bytes. */
  postingOffset(i: number): number {
    return this.entries[i * ENTRY + 1]!;
  }

  /** Where entry `i`'s block starts in the list's positions bytes. */
  positionOffset(i: number): number {
    return this.entries[i * ENTRY + 2]!;
  }
}

/** How many skip entries a list of `count` postings has: one before each block but the first. */
export function skipCount(count: number): number {
  return count > SKIP_EVERY ? Math.floor((count - 1) / SKIP_EVERY) : 0;
}

/**
 * The skip entries of a positions file, found per list from the postings counts the index already holds: a
 * table of where each list's entries start would have cost 8 bytes per term (3 MB at 50,000 articles), and only
 * a few lists are long enough to have entries.
 */
export class SkipTable {
  /** The lists (term rank times fields plus field) that have entries, ascending, and where theirs start. */
  private readonly slots: Uint32Array;
  private readonly starts: Uint32Array;

  constructor(
    private readonly entries: Uint32Array,
    postingCounts: Uint32Array,
  ) {
    const slots: number[] = [];
    const starts: number[] = [];
    let total = 0;
    for (let slot = 0; slot < postingCounts.length; slot++) {
      const count = skipCount(postingCounts[slot]!);
      if (count === 0) continue;
      slots.push(slot);
      starts.push(total);
      total += count;
    }
    if (total * ENTRY !== entries.length) throw damaged();
    starts.push(total);
    this.slots = Uint32Array.from(slots);
    this.starts = Uint32Array.from(starts);
  }

  /** The skips of one list, or undefined when it has none (at most `SKIP_EVERY` postings). */
  of(slot: number, postingLength: number, positionLength: number): ListSkips | undefined {
    let low = 0;
    let high = this.slots.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.slots[middle]! < slot) low = middle + 1;
      else high = middle;
    }
    if (this.slots[low] !== slot) return undefined;
    const from = this.starts[low]! * ENTRY;
    const to = this.starts[low + 1]! * ENTRY;
    return new ListSkips(this.entries.subarray(from, to), postingLength, positionLength);
  }
}

function damaged(): SegmentFormatError {
  return new SegmentFormatError('The search positions are damaged: their skip entries do not agree');
}
