import { FIELD_BOOSTS, SEARCH_FIELDS, type TermAnalyzer } from './analyzer';
import type { SegmentReader } from './segment-reader';
import { ScoreScratch } from './score-scratch';
import { expandTerm } from './term-expansion';
import type { MatchList } from './match-list';

/** One query clause as Lunr's parser produces it (the published typings omit `presence`). */
export interface EngineClause {
  term: string;
  fields: readonly string[];
  boost: number;
  usePipeline: boolean;
  wildcard?: number;
  editDistance?: number;
  presence?: number;
}

/** Lunr's clause presence values (`lunr.Query.presence`). */
export const PRESENCE = { OPTIONAL: 1, REQUIRED: 2, PROHIBITED: 3 } as const;

/**
 * Most postings the wildcard and fuzzy words of one query may score together; past it their rarest expansions
 * are dropped (and the response says so). Plain words are never cut. Measured at 50,000 articles: `con*` stands
 * for 2,961 words and 409,000 postings (22 ms to score), `co*` for 7,811 words and 1,050,000; at 250,000 the
 * costliest queries stay near 16 ms, and only prefixes of two or three common letters are cut at that size.
 */
const MAX_EXPANSION_POSTINGS = 250_000;

/** What a query matched: every document with its score, the terms matched per field, and whether a cap cut it. */
export interface Evaluation {
  matches: MatchList;
  /** Expanded index terms of the non-excluded clauses, per field (for highlighting the words that matched). */
  termsByField: Set<string>[];
  capped: boolean;
}

const K1 = 1.2;
const B = 0.75;
const FIELD_COUNT = SEARCH_FIELDS.length;

/** The segments searched together, with the statistics Lunr would compute over all of their documents. */
export class SegmentSet {
  readonly docCount: number;
  /** Where each segment's documents start in the combined numbering. */
  readonly bases: readonly number[];
  private readonly averageLength: number[];
  private readonly expansions = new Map<string, Map<string, number[]>>();
  private expansionCapped = new Set<string>();
  private readonly scratchDocs: Uint32Array;
  private readonly scratchTfs: Uint32Array;
  // Per field, filled on first use: 8 bytes per document, read once per posting.
  private readonly norms: (Float64Array | undefined)[] = [];
  private scratchArrays: ScoreScratch | undefined;

  /** The arrays queries score into, made on the first query and kept (about 30 bytes per document). */
  get scratch(): ScoreScratch {
    this.scratchArrays ??= new ScoreScratch(this.docCount);
    return this.scratchArrays;
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
    const largest = Math.max(0, ...segments.map((s) => s.docCount));
    this.scratchDocs = new Uint32Array(largest);
    this.scratchTfs = new Uint32Array(largest);
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

  /** Calls `visit` with each document holding the term (ranks per segment) in a field, across segments. */
  visit(ranks: readonly number[], field: number, visit: (doc: number) => void): void {
    for (let s = 0; s < ranks.length; s++) {
      const rank = ranks[s]!;
      if (rank < 0) continue;
      const base = this.bases[s]!;
      const docs = this.scratchDocs;
      const count = this.segments[s]!.decodePostings(rank, field, docs, this.scratchTfs);
      for (let i = 0; i < count; i++) visit(base + docs[i]!);
    }
  }

  /** Lunr's inverse document frequency over all segments: documents are counted once per field holding the term. */
  idf(ranks: readonly number[]): number {
    let withTerm = 0;
    for (let f = 0; f < FIELD_COUNT; f++) withTerm += this.postingTotal(ranks, f);
    const x = (this.docCount - withTerm + 0.5) / (withTerm + 0.5);
    return Math.log(1 + Math.abs(x));
  }

  /**
   * Adds `boost` times Lunr's stored field weight of a term (computed with the combined statistics and rounded
   * as Lunr rounds it) to the scratch's `dots` for each allowed document holding it in the field, and marks
   * `inField` (listing each document the first time).
   */
  accumulate(ranks: readonly number[], field: number, boost: number, allowed: Uint8Array): void {
    const { dots, inField, fieldDocs } = this.scratch;
    const idf = this.idf(ranks);
    const norms = this.lengthNorms(field);
    const fieldBoost = FIELD_BOOSTS[SEARCH_FIELDS[field]!];
    const docs = this.scratchDocs;
    const tfs = this.scratchTfs;
    for (let s = 0; s < ranks.length; s++) {
      const rank = ranks[s]!;
      if (rank < 0) continue;
      const base = this.bases[s]!;
      const count = this.segments[s]!.decodePostings(rank, field, docs, tfs);
      for (let i = 0; i < count; i++) {
        const doc = base + docs[i]!;
        if (inField[doc] === 0) {
          inField[doc] = 1;
          fieldDocs.push(doc);
        }
        if (allowed[doc] === 0) continue;
        const tf = tfs[i]!;
        // Lunr's expression, operation for operation (its length part precomputed with the same operations),
        // so the rounded weight is bit-identical to its own.
        let score = (idf * ((K1 + 1) * tf)) / (norms[doc]! + tf);
        score *= fieldBoost;
        dots[doc] = dots[doc]! + boost * (roundHalfUp(score * 1000) / 1000);
      }
    }
  }

  /** Each document's `K1 * (1 - B + B * length / average)` in a field, the part of BM25 no term changes. */
  private lengthNorms(field: number): Float64Array {
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

/**
 * Runs parsed clauses as `lunr.Index#query` runs them, over several segments as if they were one index:
 * required and excluded clauses, per-field query vectors of summed boosts, and each field's score as the dot
 * product with Lunr's field weights divided by the query vector's magnitude, summed over fields.
 */
export function evaluate(
  set: SegmentSet,
  clauses: readonly EngineClause[],
  analyzer: TermAnalyzer,
  expansionBudget = MAX_EXPANSION_POSTINGS,
): Evaluation {
  const fieldIndex = (name: string): number => SEARCH_FIELDS.indexOf(name as (typeof SEARCH_FIELDS)[number]);
  const queryVectors = SEARCH_FIELDS.map(() => new Map<string, { boost: number; ranks: number[] }>());
  let capped = false;
  let remaining = expansionBudget;
  // With one scoring clause, every scored document holds one of its terms, so counting its documents (a second
  // pass over all of its postings) could not exclude any: the common one-word and one-prefix query skips it.
  const scoring = clauses.filter((c) => c.presence !== PRESENCE.PROHIBITED).length;
  const scratch = set.scratch;
  const filter = scratch.filter;
  const require = (doc: number): void => filter.require(doc);
  const ban = (doc: number): void => filter.ban(doc);
  let allowed: Uint8Array;
  try {
    for (const clause of clauses) {
      const fields = clause.fields.map(fieldIndex).filter((f) => f >= 0);
      const terms = clause.usePipeline ? analyzer.queryTermsOf(clause.term) : [clause.term];
      const counted = clause.presence === PRESENCE.REQUIRED && scoring > 1 && fields.length > 0;
      if (counted) filter.beginRequired();
      for (const term of terms) {
        const expansion = set.expand(term, clause.editDistance);
        capped ||= expansion.capped;
        const expanded = budget(set, expansion.terms, remaining);
        remaining -= expanded.length > 1 ? cost(set, expanded) : 0;
        capped ||= expanded.length < expansion.terms.size;
        if (expanded.length === 0 && clause.presence === PRESENCE.REQUIRED) {
          if (fields.length > 0) filter.requireNothing();
          break;
        }
        for (const [name, ranks] of expanded) {
          for (const f of fields) {
            if (counted) set.visit(ranks, f, require);
            if (clause.presence === PRESENCE.PROHIBITED) {
              set.visit(ranks, f, ban);
              continue;
            }
            const entry = queryVectors[f]!.get(name);
            if (entry === undefined) queryVectors[f]!.set(name, { boost: clause.boost, ranks });
            else entry.boost += clause.boost;
          }
        }
      }
    }
    // Most queries have no required or excluded word: every document is allowed, with no pass over them.
    allowed = filter.allowed();
  } catch (error) {
    filter.clear();
    throw error;
  }

  const negated = clauses.length > 0 && clauses.every((c) => c.presence === PRESENCE.PROHIBITED);
  let matches: MatchList;
  try {
    matches = scoreInto(set, queryVectors, allowed, negated);
  } catch (error) {
    scratch.clearAll();
    throw error;
  } finally {
    filter.clear();
  }
  const termsByField = queryVectors.map((vector) => new Set(vector.keys()));
  return { matches, termsByField, capped };
}

/**
 * Scores the query vectors into the set's scratch arrays, field by field, and takes the matches out (ascending by
 * document), leaving the arrays clean.
 */
function scoreInto(
  set: SegmentSet,
  queryVectors: Map<string, { boost: number; ranks: number[] }>[],
  allowed: Uint8Array,
  negated: boolean,
): MatchList {
  const scratch = set.scratch;
  const n = set.docCount;
  const { dots, inField, scores, matched, fieldDocs, matchedDocs } = scratch;
  queryVectors.forEach((vector, f) => {
    // Keys computed once, not per comparison: a wildcard can stand for thousands of terms.
    const terms = [...vector.values()]
      .map((entry) => ({ entry, key: set.termOrder(entry.ranks) }))
      .sort((a, b) => a.key - b.key)
      .map(({ entry }) => entry);
    let sumOfSquares = 0;
    for (const { boost } of terms) sumOfSquares += boost * boost;
    const magnitude = Math.sqrt(sumOfSquares);
    for (const { boost, ranks } of terms) set.accumulate(ranks, f, boost, allowed);
    // Each document gets one addition per field, in field order, as Lunr adds them: the order documents are
    // visited in changes no score.
    for (let i = 0; i < fieldDocs.length; i++) {
      const doc = fieldDocs.docs[i]!;
      if (inField[doc] === 0 || allowed[doc] === 0) continue;
      scores[doc] = scores[doc]! + (dots[doc]! / magnitude || 0);
      if (matched[doc] === 0) {
        matched[doc] = 1;
        matchedDocs.push(doc);
      }
    }
    scratch.endField();
  });
  if (negated) {
    // Everything not excluded matches, with score 0: listed once, as matched.
    for (let doc = 0; doc < n; doc++) {
      if (allowed[doc] === 0 || matched[doc] === 1) continue;
      matched[doc] = 1;
      matchedDocs.push(doc);
    }
  }

  return scratch.takeMatches();
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

function cost(set: SegmentSet, entries: readonly [string, number[]][]): number {
  let total = 0;
  for (const [, ranks] of entries) for (let f = 0; f < FIELD_COUNT; f++) total += set.postingTotal(ranks, f);
  return total;
}

// A wildcard or fuzzy term that expands to more postings than the query has left to score keeps its most
// frequent expansions (they match the most articles) and drops the rest; a plain term is never cut.
function budget(set: SegmentSet, terms: Map<string, number[]>, remaining: number): [string, number[]][] {
  const entries = [...terms];
  if (entries.length <= 1 || cost(set, entries) <= remaining) return entries;
  const kept: [string, number[]][] = [];
  let spent = 0;
  const sized = entries.map((entry) => ({ entry, size: cost(set, [entry]) })).sort((a, b) => b.size - a.size);
  for (const { entry, size } of sized) {
    if (spent + size > remaining) continue;
    kept.push(entry);
    spent += size;
  }
  return kept;
}
