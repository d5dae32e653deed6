import { FIELD_BOOSTS, SEARCH_FIELDS } from './analyzer';
import type { SegmentReader } from './segment-reader';
import { ScoreScratch } from './score-scratch';
import { expandTerm } from './term-expansion';

const K1 = 1.2;
const B = 0.75;
const FIELD_COUNT = SEARCH_FIELDS.length;

/** A term's postings in one field across a set's segments, in the set's numbering (ascending). */
export interface PostingList {
  docs: Uint32Array;
  tfs: Uint32Array;
  /**
   * The highest weight any of these documents can have for the term in the field (before the clause boost), from
   * the list's highest term frequency and shortest field; worked out on first use, since a query of many terms
   * (a wildcard) is scored without bounds and the shortest field costs a random read per posting.
   */
  readonly maxWeight: number;
}

/**
 * Lunr's stored weight of a term in a document's field, computed as Lunr computes it, operation for operation
 * (its length part precomputed with the same operations), so the rounded weight is bit-identical to its own.
 */
export function fieldWeight(idf: number, tf: number, norm: number, fieldBoost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (norm + tf);
  score *= fieldBoost;
  return roundHalfUp(score * 1000) / 1000;
}

/**
 * `Math.round` for the non-negative numbers below 2^52 that scores are, as Lunr rounds weights: V8 on these
 * machines calls a builtin for `Math.round` but inlines `Math.floor`, and this was half of a wildcard query's
 * scoring time. The one input where `x + 0.5` rounds up in floating point (0.49999999999999994) is corrected.
 */
export function roundHalfUp(x: number): number {
  const r = Math.floor(x + 0.5);
  return r - 0.5 > x ? r - 1 : r;
}

/** The segments searched together, with the statistics Lunr would compute over all of their documents. */
export class SegmentSet {
  readonly docCount: number;
  /** Where each segment's documents start in the combined numbering. */
  readonly bases: readonly number[];
  private readonly averageLength: number[];
  private readonly expansions = new Map<string, Map<string, number[]>>();
  private expansionCapped = new Set<string>();
  // Per field, filled on first use: 8 bytes per document, read once per posting.
  private readonly norms: (Float64Array | undefined)[] = [];
  private scratchArrays: ScoreScratch | undefined;

  /** The arrays queries score into, made on the first query and kept (about 30 bytes per document). */
  get scratch(): ScoreScratch {
    this.scratchArrays ??= new ScoreScratch(this.docCount);
    return this.scratchArrays;
  }

  /** Documents whose score was computed, over every query of the set so far (no arrays made to say 0). */
  get scored(): number {
    return this.scratchArrays?.scored ?? 0;
  }

  constructor(readonly segments: readonly SegmentReader[]) {
    const bases: number[] = [];
    let count = 0;
    for (const segment of segments) {
      bases.push(count);
      count += segment.docCount;
    }
    this.bases = bases;
    this.docCount = count;
    this.averageLength = SEARCH_FIELDS.map(
      (_, f) => segments.reduce((sum, s) => sum + (s.totalFieldLength[f] ?? 0), 0) / count,
    );
  }

  /** The index terms a query term expands to, each with its rank per segment (-1 where absent); cached. */
  expand(term: string, editDistance: number | undefined): { terms: Map<string, number[]>; capped: boolean } {
    const key = `${editDistance ?? ''}\u0000${term}`;
    let terms = this.expansions.get(key);
    if (terms === undefined) {
      terms = new Map();
      let capped = false;
      this.segments.forEach((segment, s) => {
        const expansion = expandTerm(segment, { term, editDistance });
        capped ||= expansion.capped;
        for (const rank of expansion.ranks) {
          const name = segment.term(rank);
          let ranks = terms!.get(name);
          if (ranks === undefined)
            terms!.set(name, (ranks = new Array<number>(this.segments.length).fill(-1)));
          ranks[s] = rank;
        }
      });
      if (this.expansions.size > 500) this.expansions.clear();
      this.expansions.set(key, terms);
      if (capped) this.expansionCapped.add(key);
    }
    return { terms, capped: this.expansionCapped.has(key) };
  }

  /** Documents holding the term (ranks per segment) in a field, across segments. */
  postingTotal(ranks: readonly number[], field: number): number {
    return ranks.reduce(
      (sum, rank, s) => sum + (rank < 0 ? 0 : this.segments[s]!.postingCount(rank, field)),
      0,
    );
  }

  /**
   * Decodes a term's postings in a field into the scratch's arena (valid until the arena is reset by the next
   * query), with the highest weight a document of them can reach, bounding every document's weight from above.
   */
  postings(ranks: readonly number[], field: number, idf: number): PostingList {
    const { docs, tfs, at } = this.scratch.arena.take(this.postingTotal(ranks, field));
    let end = at;
    for (let s = 0; s < ranks.length; s++) {
      const rank = ranks[s]!;
      if (rank >= 0) end += this.segments[s]!.decodePostings(rank, field, docs, tfs, end, this.bases[s]!);
    }
    const listDocs = docs.subarray(at, end);
    const listTfs = tfs.subarray(at, end);
    const norms = this.lengthNorms(field);
    let maxWeight: number | undefined;
    return {
      docs: listDocs,
      tfs: listTfs,
      get maxWeight(): number {
        return (maxWeight ??= highestWeight(
          listDocs,
          listTfs,
          norms,
          idf,
          FIELD_BOOSTS[SEARCH_FIELDS[field]!],
        ));
      },
    };
  }

  /** Lunr's inverse document frequency over all segments: documents are counted once per field holding the term. */
  idf(ranks: readonly number[]): number {
    let withTerm = 0;
    for (let f = 0; f < FIELD_COUNT; f++) withTerm += this.postingTotal(ranks, f);
    const x = (this.docCount - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  }

  /** Each document's `K1 * (1 - B + B * length / average)` in a field, the part of BM25 no term changes. */
  lengthNorms(field: number): Float64Array {
    let norms = this.norms[field];
    if (norms === undefined) {
      const average = this.averageLength[field]!;
      norms = new Float64Array(this.docCount);
      this.segments.forEach((segment, s) => {
        const base = this.bases[s]!;
        for (let local = 0; local < segment.docCount; local++) {
          norms![base + local] = K1 * (1 - B + B * (segment.fieldLength(local, field) / average));
        }
      });
      this.norms[field] = norms;
    }
    return norms;
  }

  /** A key ordering terms as one Lunr index over the segments in order would number them. */
  termOrder(ranks: readonly number[]): number {
    const s = ranks.findIndex((rank) => rank >= 0);
    return s * 2 ** 32 + this.segments[s]!.termIndex(ranks[s]!);
  }
}

// The weight no document of a list can exceed: BM25 grows with the term frequency and falls with the field's
// length, so the highest frequency with the shortest field bounds them all, at two comparisons per posting.
function highestWeight(
  docs: Uint32Array,
  tfs: Uint32Array,
  norms: Float64Array,
  idf: number,
  fieldBoost: number,
): number {
  if (docs.length === 0) return 0;
  let maxTf = 0;
  let minNorm = Infinity;
  for (let i = 0; i < docs.length; i++) {
    if (tfs[i]! > maxTf) maxTf = tfs[i]!;
    if (norms[docs[i]!]! < minNorm) minNorm = norms[docs[i]!]!;
  }
  return fieldWeight(idf, maxTf, minNorm, fieldBoost);
}
