import type { Match } from './match-list';
import { TopHeap, type Tiebreak } from './top-heap';
import type { ScoreScratch } from './score-scratch';
import { scoreEvery } from './score-every';
import { fieldWeight } from './segment-set';
import type { ScoringField, TermList } from './scoring-field';

/**
 * Most term lists the pruned scorer walks side by side; past it (a wildcard standing for many words) every kept
 * document is scored, one list at a time, as before pruning.
 */
const MAX_PRUNED_LISTS = 32;

/**
 * The best `k` documents that `keep` accepts, by Lunr's score then `tiebreak`, best first, with scores
 * bit-identical to Lunr's. Documents are visited in order (MaxScore, as Lucene's MaxScoreBulkScorer does): once `k`
 * are held, lists whose summed bounds cannot reach the `k`-th score no longer propose documents, and a document is
 * scored only when its bound can reach it, so a common word's query scores the few documents that hold it in a
 * title instead of every one holding it in a body.
 */
export function topDocuments(
  fields: readonly ScoringField[],
  keep: (doc: number) => boolean,
  k: number,
  tiebreak: Tiebreak,
  scratch: ScoreScratch,
  /** The only documents that may rank, ascending (the matches of a query with required or excluded words). */
  candidates?: Uint32Array,
): Match[] {
  if (k <= 0) return [];
  const heap = new TopHeap(k, tiebreak);
  const listCount = fields.reduce((n, field) => n + field.terms.length, 0);
  // Past the cap (a wildcard of thousands of words) no list is walked on its own: none is listed.
  const terms = () => fields.flatMap((field, f) => field.terms.map((term) => ({ field: f, term })));
  if (candidates !== undefined && listCount <= MAX_PRUNED_LISTS) {
    // A phrase keeps few of its words' matches (301 of 26,676 for "makes one"): only those are candidates.
    const kept = keptOf(candidates, keep);
    if (kept.length * CANDIDATE_COST < postingCount(fields)) {
      scoreCandidates(fields, terms(), kept, heap, scratch);
    } else {
      // Common required words (26,676 of 50,000 articles hold both of "makes one"): the candidates are marked
      // and the lists walked with pruning, so a body-only match stops being scored once titles fill the top k.
      const marked = scratch.matched;
      for (const doc of kept) marked[doc] = 1;
      try {
        if (!prune(fields, terms(), (doc) => marked[doc] === 1, heap, scratch)) {
          scoreCandidates(fields, terms(), kept, heap, scratch);
        }
      } finally {
        for (const doc of kept) marked[doc] = 0;
      }
    }
  } else if (candidates !== undefined) {
    const allowed = new Uint8Array(scratch.docCount);
    for (const doc of candidates) allowed[doc] = 1;
    scoreEvery(fields, (doc) => allowed[doc] === 1 && keep(doc), heap, scratch);
  } else if (listCount > MAX_PRUNED_LISTS) scoreEvery(fields, keep, heap, scratch);
  else if (!prune(fields, terms(), keep, heap, scratch)) scoreEvery(fields, keep, heap, scratch);
  return heap.best();
}

// The candidates `keep` accepts, by a plain loop (a typed array's `filter` cost a millisecond for 26,676).
function keptOf(candidates: Uint32Array, keep: (doc: number) => boolean): Uint32Array {
  const kept = new Uint32Array(candidates.length);
  let count = 0;
  for (let i = 0; i < candidates.length; i++) if (keep(candidates[i]!)) kept[count++] = candidates[i]!;
  return kept.subarray(0, count);
}

/**
 * A candidate found by galloping through every list costs about this many postings walked in order: past it, the
 * lists are walked instead.
 */
const CANDIDATE_COST = 4;

function postingCount(fields: readonly ScoringField[]): number {
  let count = 0;
  for (const field of fields) for (const term of field.terms) count += term.postings.docs.length;
  return count;
}

// Scores with MaxScore when every list has a usable bound (worked out only here, where they prune); false, with
// nothing offered, when one has not.
function prune(
  fields: readonly ScoringField[],
  terms: readonly { field: number; term: TermList }[],
  keep: (doc: number) => boolean,
  heap: TopHeap,
  scratch: ScoreScratch,
): boolean {
  const lists = terms.map(({ field, term }) => ({
    field,
    term,
    bound: (term.boost * term.postings.maxWeight) / fields[field]!.magnitude,
  }));
  const prunable = lists.every(({ term, bound }) => term.boost > 0 && bound >= 0 && Number.isFinite(bound));
  if (prunable) scratch.scored += scorePruned(fields, lists, keep, heap);
  return prunable;
}

// Each candidate scored exactly, every list moved forward to it: the cost follows the candidates.
function scoreCandidates(
  fields: readonly ScoringField[],
  lists: readonly { term: TermList }[],
  candidates: Uint32Array,
  heap: TopHeap,
  scratch: ScoreScratch,
): void {
  const docsOf = lists.map((l) => l.term.postings.docs);
  const tfsOf = lists.map((l) => l.term.postings.tfs);
  const at = new Int32Array(lists.length);
  const tfAt = new Uint32Array(lists.length);
  for (const doc of candidates) {
    for (let i = 0; i < lists.length; i++) {
      at[i] = advance(docsOf[i]!, at[i]!, doc);
      tfAt[i] = docsOf[i]![at[i]!] === doc ? tfsOf[i]![at[i]!]! : 0;
    }
    heap.offer(doc, exactScore(fields, tfAt, doc));
  }
  scratch.scored += candidates.length;
}

// A bound is compared with a score summed in another order: a relative margin keeps rounding from pruning a
// document whose score equals the bound.
const reach = (bound: number): number => bound * (1 + 1e-9) + 1e-12;

// Returns how many documents it scored.
function scorePruned(
  fields: readonly ScoringField[],
  lists: readonly { field: number; term: TermList; bound: number }[],
  keep: (doc: number) => boolean,
  heap: TopHeap,
): number {
  const count = lists.length;
  const docsOf = lists.map((l) => l.term.postings.docs);
  const tfsOf = lists.map((l) => l.term.postings.tfs);
  const at = new Int32Array(count);
  // Lists by bound, lowest first, with running sums: the lists before `essential` cannot reach the k-th score
  // together, so a document none of the others holds cannot enter.
  const byBound = [...lists.keys()].sort((a, b) => lists[a]!.bound - lists[b]!.bound);
  const sums = new Float64Array(count);
  let sum = 0;
  byBound.forEach((list, j) => (sums[j] = sum += lists[list]!.bound));
  let essential = 0;
  const tfAt = new Uint32Array(count);
  let scored = 0;
  for (;;) {
    let doc = Infinity;
    for (let j = essential; j < count; j++) {
      const i = byBound[j]!;
      if (at[i]! < docsOf[i]!.length && docsOf[i]![at[i]!]! < doc) doc = docsOf[i]![at[i]!]!;
    }
    if (doc === Infinity) return scored;
    let bound = essential > 0 ? sums[essential - 1]! : 0;
    for (let j = essential; j < count; j++) {
      const i = byBound[j]!;
      if (docsOf[i]![at[i]!] === doc) bound += lists[i]!.bound;
    }
    if (keep(doc) && (!heap.full || reach(bound) >= heap.worstScore)) {
      for (let i = 0; i < count; i++) {
        at[i] = advance(docsOf[i]!, at[i]!, doc);
        tfAt[i] = docsOf[i]![at[i]!] === doc ? tfsOf[i]![at[i]!]! : 0;
      }
      heap.offer(doc, exactScore(fields, tfAt, doc));
      scored++;
      if (heap.full) while (essential < count && reach(sums[essential]!) < heap.worstScore) essential++;
    }
    for (let j = essential; j < count; j++) {
      const i = byBound[j]!;
      if (docsOf[i]![at[i]!] === doc) at[i]!++;
    }
  }
}

// Lunr's score of one document: per field in order, the dot product of its weights with the query's boosts in
// term order, divided by the query vector's magnitude; the same operations in the same order as `scoreEvery`.
function exactScore(fields: readonly ScoringField[], tfAt: Uint32Array, doc: number): number {
  let score = 0;
  let i = 0;
  for (const field of fields) {
    let dot = 0;
    let inField = false;
    for (const term of field.terms) {
      const tf = tfAt[i++]!;
      if (tf === 0) continue;
      inField = true;
      dot = dot + term.boost * fieldWeight(term.idf, tf, field.norms[doc]!, field.fieldBoost);
    }
    if (inField) score = score + (dot / field.magnitude || 0);
  }
  return score;
}

// The first position at or after `from` whose document is at least `doc`: galloping, then a binary search.
function advance(docs: Uint32Array, from: number, doc: number): number {
  if (from >= docs.length || docs[from]! >= doc) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < docs.length && docs[high]! < doc) {
    low = high;
    step *= 2;
    high = from + step;
  }
  high = Math.min(high, docs.length);
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle;
    else high = middle;
  }
  return high;
}
