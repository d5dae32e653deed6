import type { ArticleMeta } from '../../articles/article';
import { SEARCH_FIELDS } from './analyzer';
import { ByteReader } from './bytes';
import { searchLanguageOf, type SearchLanguage } from '../language-tags';
import { PositionCursor } from './position-cursor';
import { SkipTable } from './position-skips';
import {
  INDEX_MAGIC,
  POSITIONS_MAGIC,
  readContainer,
  SegmentFormatError,
  type IndexHeader,
  type PositionsHeader,
} from './segment-format';

const FIELD_COUNT = SEARCH_FIELDS.length;

/** A sorted term dictionary walked by character, for exact lookups, prefix ranges and fuzzy matching. */
export interface TermDictionary {
  readonly termCount: number;
  /** The term at a rank (ranks follow code-unit order). */
  term(rank: number): string;
  /** Length of the term at a rank. */
  termLength(rank: number): number;
  /** The code unit at `depth` of the term at `rank`; the caller ensures depth < termLength(rank). */
  charAt(rank: number, depth: number): number;
}

/**
 * One segment read from its index file, viewed in place (no JSON of postings, no object per term): the term
 * dictionary, per-field postings of (document, term frequency), field lengths and document metadata.
 */
export class SegmentReader implements TermDictionary {
  readonly docCount: number;
  readonly termCount: number;
  readonly docs: readonly ArticleMeta[];
  /** Sum of every document's length per field. */
  readonly totalFieldLength: readonly number[];
  /** The language its words were analysed in (stemmer and stop words); queries must be analysed alike. */
  readonly language: SearchLanguage;
  private readonly text: string;
  private readonly termOffsets: Uint32Array;
  private readonly termIndexes: Uint32Array;
  private readonly postingStart: Uint32Array;
  private readonly postingCounts: Uint32Array;
  private readonly fieldLengths: Uint32Array;
  private readonly postingBytes: Uint8Array;
  private positionFile: { start: Uint32Array; bytes: Uint8Array; skips?: SkipTable } | undefined;

  constructor(
    data: ArrayBuffer | Uint8Array,
    private readonly what = 'The search index',
  ) {
    const file = readContainer<IndexHeader>(data, INDEX_MAGIC, what);
    const { header } = file;
    if (
      !Array.isArray(header.fields) ||
      header.fields.join() !== SEARCH_FIELDS.join() ||
      !Number.isInteger(header.docCount) ||
      !Number.isInteger(header.termCount) ||
      !Array.isArray(header.docs) ||
      header.docs.length !== header.docCount ||
      (header.language !== undefined && typeof header.language !== 'string')
    ) {
      throw new SegmentFormatError(`${what} has a damaged header`);
    }
    this.docCount = header.docCount;
    this.termCount = header.termCount;
    this.docs = header.docs;
    this.totalFieldLength = header.totalFieldLength;
    // A segment without one predates languages and was analysed as English.
    this.language = searchLanguageOf(header.language);
    this.text = new TextDecoder().decode(file.bytes('termText'));
    this.termOffsets = file.uint32('termOffsets');
    this.termIndexes = file.uint32('termIndex');
    this.postingStart = file.uint32('postingStart');
    this.postingCounts = file.uint32('postingCount');
    this.fieldLengths = file.uint32('fieldLengths');
    this.postingBytes = file.bytes('postings');
    const slots = this.termCount * FIELD_COUNT;
    if (
      this.termOffsets.length !== this.termCount + 1 ||
      this.termOffsets[this.termCount] !== this.text.length ||
      this.termIndexes.length !== this.termCount ||
      this.postingStart.length !== slots + 1 ||
      this.postingStart[slots] !== this.postingBytes.length ||
      this.postingCounts.length !== slots ||
      this.fieldLengths.length !== this.docCount * FIELD_COUNT
    ) {
      throw new SegmentFormatError(`${what} is damaged: its sections do not agree`);
    }
  }

  /** Attaches the segment's positions file, read for phrase queries only. */
  attachPositions(data: ArrayBuffer | Uint8Array, what = `The positions file of ${this.what}`): void {
    const file = readContainer<PositionsHeader>(data, POSITIONS_MAGIC, what);
    const start = file.uint32('positionStart');
    const bytes = file.bytes('positions');
    if (file.header.termCount !== this.termCount || start.length !== this.termCount * FIELD_COUNT + 1) {
      throw new SegmentFormatError(`${what} belongs to another index; rebuild the app`);
    }
    // Files written before skip entries have none: their cursors step over every posting, as they always did.
    const skips =
      file.header.sections['skips'] === undefined
        ? undefined
        : new SkipTable(file.uint32('skips'), this.postingCounts);
    this.positionFile = { start, bytes, ...(skips && { skips }) };
  }

  /** Whether phrase positions are available. */
  get hasPositions(): boolean {
    return this.positionFile !== undefined;
  }

  term(rank: number): string {
    return this.text.slice(this.termOffsets[rank], this.termOffsets[rank + 1]);
  }

  termLength(rank: number): number {
    return this.termOffsets[rank + 1]! - this.termOffsets[rank]!;
  }

  charAt(rank: number, depth: number): number {
    return this.text.charCodeAt(this.termOffsets[rank]! + depth);
  }

  /** The rank of a term, or -1 when the segment does not hold it. */
  find(term: string): number {
    let lo = 0;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareAt(mid, term);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  private compareAt(rank: number, term: string): number {
    const start = this.termOffsets[rank]!;
    const length = this.termOffsets[rank + 1]! - start;
    const n = Math.min(length, term.length);
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(start + i) - term.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - term.length;
  }

  /** Lunr's term index of the term at a rank: the order in which the build first saw it. */
  termIndex(rank: number): number {
    return this.termIndexes[rank]!;
  }

  /** Number of documents holding the term at a rank in a field. */
  postingCount(rank: number, field: number): number {
    return this.postingCounts[rank * FIELD_COUNT + field]!;
  }

  /** The length (in terms) of a document's field. */
  fieldLength(doc: number, field: number): number {
    return this.fieldLengths[doc * FIELD_COUNT + field]!;
  }

  /**
   * Decodes the postings of a term in a field into `docs` and `tfs` from index `from` on (room for `postingCount`
   * left), each document numbered from `base`, and returns how many there are: the scoring loop reads plain
   * arrays instead of calling back per posting, and a wildcard's thousands of lists make no views to write them.
   */
  decodePostings(
    rank: number,
    field: number,
    docs: Uint32Array,
    tfs: Uint32Array,
    from = 0,
    base = 0,
  ): number {
    const slot = rank * FIELD_COUNT + field;
    const bytes = this.postingBytes;
    const end = this.postingStart[slot + 1]!;
    let at = this.postingStart[slot]!;
    let doc = -1;
    let count = from;
    while (at < end) {
      // Two LEB128 varints per posting, inlined: this loop runs once per posting of every query term.
      let byte = bytes[at++]!;
      let gap = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[at++]!;
        gap += (byte & 0x7f) * 2 ** shift;
      }
      byte = bytes[at++]!;
      let tf = byte & 0x7f;
      for (let shift = 7; byte >= 0x80; shift += 7) {
        byte = bytes[at++]!;
        tf += (byte & 0x7f) * 2 ** shift;
      }
      doc += gap + 1;
      docs[count] = base + doc;
      tfs[count++] = tf;
    }
    return count - from;
  }

  /** Calls `visit(doc, termFrequency)` for each document holding the term in the field, in document order. */
  forEachPosting(rank: number, field: number, visit: (doc: number, tf: number) => void): void {
    const slot = rank * FIELD_COUNT + field;
    const reader = new ByteReader(this.postingBytes, this.postingStart[slot]);
    const end = this.postingStart[slot + 1]!;
    let doc = -1;
    while (reader.at < end) {
      doc += reader.varint() + 1;
      visit(doc, reader.varint());
    }
  }

  /** A cursor over a term's documents in a field with their token positions; needs `attachPositions`. */
  positionCursor(rank: number, field: number): PositionCursor {
    const file = this.positionFile;
    if (file === undefined) throw new SegmentFormatError('The search positions are not loaded');
    const slot = rank * FIELD_COUNT + field;
    const postingStart = this.postingStart[slot]!;
    const postingEnd = this.postingStart[slot + 1]!;
    const skips = file.skips?.of(slot, postingEnd - postingStart, file.start[slot + 1]! - file.start[slot]!);
    return new PositionCursor(
      this.postingBytes,
      postingStart,
      postingEnd,
      file.bytes,
      file.start[slot]!,
      skips,
    );
  }

  /** The token positions of a term in each document's field, keyed by document; needs `attachPositions`. */
  positionsOf(rank: number, field: number, wanted?: (doc: number) => boolean): Map<number, Uint32Array> {
    const cursor = this.positionCursor(rank, field);
    const result = new Map<number, Uint32Array>();
    while (cursor.next()) {
      if (wanted === undefined || wanted(cursor.doc))
        result.set(cursor.doc, cursor.read({ buffer: new Uint32Array(0) }));
    }
    return result;
  }
}
