import { FIELD_BOOSTS, SEARCH_FIELDS, type TermAnalyzer } from './analyzer';
import { MatchList, type Match } from './match-list';
import type { PostingList, SegmentSet } from './segment-set';
import { TopHeap, type Tiebreak } from './top-heap';
import type { ScoringField } from './scoring-field';
import { topDocuments } from './top-k';

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

/** What a query matched: every document, whether a cap cut it, and its best. */
export interface Evaluation {
  /** Every matching document, ascending. */
  matches: MatchList;
  capped: boolean;
  /**
   * The best `k` of the matches `keep` accepts, by Lunr's score then `tiebreak`,
   * best first. Scores only what can rank; valid until the set runs another query.
   */
  top(keep: (doc: number) => boolean, k: number, tiebreak: Tiebreak): Match[];
}

const FIELD_COUNT = SEARCH_FIELDS.length;

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
  const queryVectors = SEARCH_FIELDS.map(
    () => new Map<string, { boost: number; ranks: number[]; name: string }>(),
  );
  let capped = false;
  let remaining = expansionBudget;
  // With one scoring clause, every scored document holds one of its terms, so counting its documents (a second
  // pass over all of its postings) could not exclude any: the common one-word and one-prefix query skips it.
  const scoring = clauses.filter((c) => c.presence !== PRESENCE.PROHIBITED).length;
  const scratch = set.scratch;
  // Postings decoded for the previous query are no longer read: its ranking was asked for (or never will be).
  scratch.arena.reset();
  scratch.queries++;
  const filter = scratch.filter;
  // Each term's postings in a field are decoded once per query, whether counted, excluded or scored.
  // Keyed by the dictionary's own strings, one map per field: a key made per lookup was hashed anew each time, and a
  // wildcard looks up thousands of terms.
  const decoded = SEARCH_FIELDS.map(() => new Map<string, PostingList>());
  const postingsOf = (name: string, ranks: number[], field: number): PostingList => {
    let list = decoded[field]!.get(name);
    if (list === undefined) decoded[field]!.set(name, (list = set.postings(ranks, field, set.idf(ranks))));
    return list;
  };
  let allowed: Uint8Array;
  // Whether every scored clause is a required one counted by the filter: its allowed documents are the matches.
  let everyScoredRequired = scoring > 0;
  try {
    for (const clause of clauses) {
      const fields = clause.fields.map(fieldIndex).filter((f) => f >= 0);
      const terms = clause.usePipeline ? analyzer.queryTermsOf(clause.term) : [clause.term];
      const counted = clause.presence === PRESENCE.REQUIRED && scoring > 1 && fields.length > 0;
      if (counted) filter.beginRequired();
      if (clause.presence !== PRESENCE.PROHIBITED && !counted) everyScoredRequired = false;
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
            if (counted) filter.requireAll(postingsOf(name, ranks, f).docs);
            if (clause.presence === PRESENCE.PROHIBITED) {
              filter.banAll(postingsOf(name, ranks, f).docs);
              continue;
            }
            const entry = queryVectors[f]!.get(name);
            if (entry === undefined) queryVectors[f]!.set(name, { boost: clause.boost, ranks, name });
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
  let fields: ScoringField[];
  let matches: MatchList;
  try {
    fields = queryVectors.map((vector, f) => scoringField(set, vector, f, postingsOf));
    const required = everyScoredRequired ? filter.allowedList() : undefined;
    matches = new MatchList(required ?? matchedDocs(set, fields, allowed, negated));
  } catch (error) {
    scratch.clearAll();
    throw error;
  } finally {
    filter.clear();
  }
  const query = scratch.queries;
  // Without required or excluded words, every document in the postings is a match.
  const everyPostingMatches = allowed === scratch.everyDoc;
  const top = (keep: (doc: number) => boolean, k: number, tiebreak: Tiebreak): Match[] => {
    if (scratch.queries !== query) throw new Error('The search changed before its results were ranked');
    if (negated) {
      // Everything not excluded matches, with score 0.
      const heap = new TopHeap(k, tiebreak);
      for (const doc of matches.docs) if (keep(doc)) heap.offer(doc, 0);
      return heap.best();
    }
    // Required words leave few matches of many postings: the matches themselves are the candidates.
    return topDocuments(fields, keep, k, tiebreak, scratch, everyPostingMatches ? undefined : matches.docs);
  };
  return { matches, capped, top };
}

// A field's query vector ready to score: its terms in Lunr's term order (keys computed once, not per comparison:
// a wildcard can stand for thousands of terms), their postings decoded, and the vector's magnitude.
function scoringField(
  set: SegmentSet,
  vector: Map<string, { boost: number; ranks: number[]; name: string }>,
  field: number,
  postingsOf: (name: string, ranks: number[], field: number) => PostingList,
): ScoringField {
  const entries = [...vector.values()]
    .map((entry) => ({ entry, key: set.termOrder(entry.ranks) }))
    .sort((a, b) => a.key - b.key)
    .map(({ entry }) => entry);
  let sumOfSquares = 0;
  for (const { boost } of entries) sumOfSquares += boost * boost;
  return {
    terms: entries.map(({ boost, ranks, name }) => ({
      boost,
      idf: set.idf(ranks),
      postings: postingsOf(name, ranks, field),
    })),
    magnitude: Math.sqrt(sumOfSquares),
    fieldBoost: FIELD_BOOSTS[SEARCH_FIELDS[field]!],
    norms: set.lengthNorms(field),
  };
}

// The allowed documents holding any scored term in any field (or, for a query of excluded words only, every
// allowed document), ascending, from the decoded postings: no score is computed for them.
function matchedDocs(
  set: SegmentSet,
  fields: readonly ScoringField[],
  allowed: Uint8Array,
  negated: boolean,
): Uint32Array {
  const lists = fields.flatMap((field) => field.terms.map((term) => term.postings.docs));
  const total = lists.reduce((sum, docs) => sum + docs.length, 0);
  if (!negated && (lists.length <= 2 || (lists.length <= MERGED_LISTS && total * 8 <= set.docCount))) {
    // A few sorted lists are merged as they are: no marks to set and clear, no sort. Merged two at a time, each
    // list is copied again by every merge after it: past two long lists (a capped wildcard's eight most common
    // words at 1,000,000 articles, 12 ms) the marks' one pass costs less.
    let merged = lists[0] ?? new Uint32Array(0);
    for (let i = 1; i < lists.length; i++) merged = mergeSorted(merged, lists[i]!);
    return allowed === set.scratch.everyDoc ? merged.slice() : merged.filter((doc) => allowed[doc] === 1);
  }
  const { matched, matchedDocs: found } = set.scratch;
  for (const docs of lists) {
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (allowed[doc] === 0 || matched[doc] === 1) continue;
      matched[doc] = 1;
      found.push(doc);
    }
  }
  if (negated) {
    for (let doc = 0; doc < set.docCount; doc++) {
      if (allowed[doc] === 0 || matched[doc] === 1) continue;
      matched[doc] = 1;
      found.push(doc);
    }
  }
  return set.scratch.takeMatched();
}

/** Most term lists whose matches are found by merging them two at a time, when they are short. */
const MERGED_LISTS = 8;

/** The union of two ascending lists of distinct documents, ascending. */
export function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
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
