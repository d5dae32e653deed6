import { plainText, type Article, type ArticleMeta } from '../../articles/article';
import { compareCodeUnits } from '../../articles/text-range';
import { articleHeading } from '../../articles/article-summary';
import { ownString } from '../../articles/own-string';
import { forEachWord, SEARCH_FIELDS, TermAnalyzer } from './analyzer';
import { SlicePool } from './slice-pool';
import { WordTable } from './word-table';
import type { SearchLanguage } from '../language-tags';
import { appendSkips, skipCount } from './position-skips';
import { containerChunks, INDEX_MAGIC, joinChunks, POSITIONS_MAGIC } from './segment-format';

/** The files of one built segment: the index (postings, statistics, metadata) and the positions, kept apart. */
export interface SegmentFiles {
  index: Uint8Array;
  positions: Uint8Array;
}

/** A built segment's files as chunks to write in order (SegmentFiles without joining them). */
export interface SegmentChunks {
  index: Uint8Array[];
  positions: Uint8Array[];
}

const FIELD_COUNT = SEARCH_FIELDS.length;

/**
 * Builds a segment one article at a time, holding only encoded postings: what Lunr's builder would index (the
 * same tokenizer and pipeline, terms numbered in first-seen order as Lunr numbers them) but as term frequencies
 * and field lengths, so scores can be computed with the statistics of every segment searched together.
 */
export class SegmentBuilder {
  private readonly analyzer: TermAnalyzer;
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  // Each term's postings and positions per field, as streams numbered by slot (term id * fields + field).
  private postings = new SlicePool();
  private positions = new SlicePool();
  private lastDoc = new Int32Array(1024);
  // Per-word and per-term scratch state, in typed arrays rather than Maps: this is the build's hot loop.
  private readonly wordIds = new WordTable<Int32Array>();
  private stamp = new Int32Array(1024);
  private count = new Int32Array(1024);
  private stems = new Int32Array(1024);
  private fill = new Int32Array(1024);
  private tick = 0;
  private pairs = new Int32Array(1 << 16);
  private order = new Int32Array(1 << 15);
  private readonly docs: ArticleMeta[] = [];
  private readonly ids = new Set<string>();
  private readonly fieldLengths: number[] = [];
  private readonly totalFieldLength = new Array<number>(FIELD_COUNT).fill(0);

  /** A builder analysing words in `language` (English by default, as the bundled archive). */
  constructor(private readonly language: SearchLanguage = 'en') {
    this.analyzer = new TermAnalyzer(language);
  }

  /** Adds an article; documents are numbered in the order they are added. Throws on a repeated id. */
  add(article: Article): void {
    if (this.ids.has(article.id)) throw new Error(`duplicate article id "${article.id}"`);
    // What a segment keeps of each article for its results: id, title, source and date. The library's length and
    // excerpt travel in the manifest (and with imported articles in their store), not a second time in the index.
    const meta = articleHeading(article);
    this.ids.add(meta.id);
    const doc = this.docs.length;
    this.docs.push(meta);
    const texts = [article.title, plainText(article.blocks)];
    for (let field = 0; field < FIELD_COUNT; field++) this.addField(doc, field, texts[field] ?? '');
  }

  private addField(doc: number, field: number, text: string): void {
    const tick = ++this.tick;
    const distinct: number[] = [];
    let pairCount = 0;
    let length = 0;
    forEachWord(text, (source, from, to, index) => {
      const ids = this.idsOf(source, from, to);
      if (pairCount + 2 * ids.length > this.pairs.length)
        this.pairs = grown(this.pairs, pairCount + 2 * ids.length);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        if (this.stamp[id] !== tick) {
          this.stamp[id] = tick;
          this.count[id] = 0;
          this.stems[id] = 0;
          distinct.push(id);
        }
        this.count[id]!++;
        // Phrases are matched on stems, the first term of each word, so only a stem's positions are kept.
        if (k === 0) {
          this.stems[id]!++;
          this.pairs[pairCount++] = id;
          this.pairs[pairCount++] = index;
        }
      }
      length += ids.length;
    });
    this.fieldLengths.push(length);
    this.totalFieldLength[field]! += length;
    // Counting sort of the (term, position) pairs by term, keeping each term's positions in text order.
    if (pairCount / 2 > this.order.length) this.order = grown(this.order, pairCount / 2);
    let offset = 0;
    for (const id of distinct) {
      this.fill[id] = offset;
      offset += this.stems[id]!;
    }
    for (let p = 0; p < pairCount; p += 2) this.order[this.fill[this.pairs[p]!]!++] = this.pairs[p + 1]!;
    for (const id of distinct) {
      const slot = id * FIELD_COUNT + field;
      const tf = this.count[id]!;
      const { postings, positions } = this;
      // Documents are added in increasing order, so each posting stores the gap from the previous one.
      postings.varint(slot, doc - this.lastDoc[slot]! - 1);
      postings.varint(slot, tf);
      this.lastDoc[slot] = doc;
      const stems = this.stems[id]!;
      positions.varint(slot, stems);
      let previous = 0;
      for (let i = this.fill[id]! - stems; i < this.fill[id]!; i++) {
        positions.varint(slot, this.order[i]! - previous);
        previous = this.order[i]!;
      }
    }
  }

  // A word's terms as ids, cached: a word always gives the same terms, and new terms get ids the moment their
  // first word is seen, which is Lunr's first-seen order.
  private idsOf(source: string, from: number, to: number): Int32Array {
    let ids = this.wordIds.get(source, from, to);
    if (ids === undefined) {
      // Its own copy: the table outlives the article, whose whole text a cut word would keep alive.
      const raw = ownString(source.slice(from, to));
      ids = Int32Array.from(this.analyzer.termsOf(raw.toLowerCase()), (term) => this.termId(term));
      this.wordIds.add(raw, ids);
    }
    return ids;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.postings.reserve((id + 1) * FIELD_COUNT);
      this.positions.reserve((id + 1) * FIELD_COUNT);
      if ((id + 1) * FIELD_COUNT > this.lastDoc.length)
        this.lastDoc = grown(this.lastDoc, (id + 1) * FIELD_COUNT);
      if (id + 1 > this.stamp.length) {
        this.stamp = grown(this.stamp, id + 1);
        this.count = grown(this.count, id + 1);
        this.stems = grown(this.stems, id + 1);
        this.fill = grown(this.fill, id + 1);
      }
      for (let field = 0; field < FIELD_COUNT; field++) this.lastDoc[id * FIELD_COUNT + field] = -1;
    }
    return id;
  }

  /** Bytes of postings and positions encoded so far: about what the segment's files will hold. */
  get encodedBytes(): number {
    return this.postings.bytes + this.positions.bytes;
  }

  /** Articles added so far. */
  get docCount(): number {
    return this.docs.length;
  }

  /**
   * Writes the segment's files, terms sorted by code unit as Lunr sorts its inverted index. The builder is spent:
   * its lists are let go once copied, so the files are written with them gone.
   */
  finish(): SegmentFiles {
    const chunks = this.finishChunks();
    return { index: joinChunks(chunks.index), positions: joinChunks(chunks.positions) };
  }

  /**
   * The segment's files as chunks, for a build that writes them to disk: a large segment is not copied a second
   * time into one array per file (at 192 MB of lists, that copy was a third of a build thread's peak).
   */
  finishChunks(): SegmentChunks {
    const order = this.terms
      .map((_, id) => id)
      .sort((a, b) => compareCodeUnits(this.terms[a]!, this.terms[b]!));
    const termCount = order.length;
    const termOffsets = new Uint32Array(termCount + 1);
    const termIndex = new Uint32Array(termCount);
    const postingStart = new Uint32Array(termCount * FIELD_COUNT + 1);
    const positionStart = new Uint32Array(termCount * FIELD_COUNT + 1);
    const postingCount = new Uint32Array(termCount * FIELD_COUNT);
    // Every list is copied once, in term order, into arrays of the exact size; skips are read from the copies.
    const postings = new Uint8Array(this.postings.bytes);
    const positions = new Uint8Array(this.positions.bytes);
    const skips: number[] = [];
    let postingsEnd = 0;
    let positionsEnd = 0;
    let text = '';
    const textChunks: string[] = [];
    order.forEach((id, rank) => {
      const term = this.terms[id]!;
      termOffsets[rank + 1] = termOffsets[rank]! + term.length;
      text += term;
      if (text.length > 1 << 20) {
        textChunks.push(text);
        text = '';
      }
      termIndex[rank] = id;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const slot = rank * FIELD_COUNT + field;
        const stream = id * FIELD_COUNT + field;
        if (this.postings.length(stream) > 0) {
          const postingsFrom = postingsEnd;
          const positionsFrom = positionsEnd;
          postingsEnd = this.postings.copy(stream, postings, postingsEnd);
          positionsEnd = this.positions.copy(stream, positions, positionsEnd);
          const list = postings.subarray(postingsFrom, postingsEnd);
          postingCount[slot] = countPostings(list);
          if (skipCount(postingCount[slot]) > 0)
            appendSkips(list, positions.subarray(positionsFrom, positionsEnd), skips);
        }
        postingStart[slot + 1] = postingsEnd;
        positionStart[slot + 1] = positionsEnd;
      }
    });
    textChunks.push(text);
    this.postings = new SlicePool();
    this.positions = new SlicePool();
    const fields = [...SEARCH_FIELDS];
    const index = containerChunks(
      INDEX_MAGIC,
      {
        fields,
        docCount: this.docs.length,
        termCount,
        totalFieldLength: this.totalFieldLength,
        docs: this.docs,
        // Left out for English, so an English segment's bytes are what they were before languages.
        ...(this.language === 'en' ? {} : { language: this.language }),
      },
      {
        termText: new TextEncoder().encode(textChunks.join('')),
        termOffsets: bytesOf(termOffsets),
        termIndex: bytesOf(termIndex),
        postingStart: bytesOf(postingStart),
        postingCount: bytesOf(postingCount),
        fieldLengths: bytesOf(Uint32Array.from(this.fieldLengths)),
        postings,
      },
    );
    const positionFile = containerChunks(
      POSITIONS_MAGIC,
      { fields, termCount },
      {
        positionStart: bytesOf(positionStart),
        positions,
        skips: bytesOf(Uint32Array.from(skips)),
      },
    );
    return { index, positions: positionFile };
  }
}

/** Builds one segment from a set of articles, numbered by id so the same articles give identical files. */
export function buildSegment(articles: readonly Article[], language: SearchLanguage = 'en'): SegmentFiles {
  const builder = new SegmentBuilder(language);
  for (const article of [...articles].sort((a, b) => compareCodeUnits(a.id, b.id))) builder.add(article);
  return builder.finish();
}

function grown(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

// Each posting is two varints (gap, frequency); a varint ends at a byte below 0x80.
function countPostings(bytes: Uint8Array): number {
  let ends = 0;
  for (const byte of bytes) if (byte < 0x80) ends++;
  return ends / 2;
}

function bytesOf(array: Uint32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
