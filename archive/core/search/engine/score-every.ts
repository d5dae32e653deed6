import type { DocList } from './doc-list';
import type { ScoreScratch } from './score-scratch';
import { fieldWeight, type PostingList } from './segment-set';
import type { ScoringField } from './scoring-field';
import type { TopHeap } from './top-heap';

/**
 * Every kept document holding a term, scored one list at a time into the scratch arrays (the score of a query
 * whose bounds cannot prune), then offered to the heap; the arrays are left clean. Each loop is a function of its
 * own, optimised on its own: inside one function they ran at half the speed.
 */
export function scoreEvery(
  fields: readonly ScoringField[],
  keep: (doc: number) => boolean,
  heap: TopHeap,
  scratch: ScoreScratch,
): void {
  const { dots, inField, scores, matched, fieldDocs, matchedDocs } = scratch;
  try {
    for (const field of fields) {
      const { norms, fieldBoost } = field;
      for (const { boost, idf, postings } of field.terms) {
        addList(postings, boost, idf, norms, fieldBoost, dots, inField, fieldDocs, keep);
      }
      // Each document gets one addition per field, in field order, as Lunr adds them.
      addField(fieldDocs, dots, field.magnitude, scores, matched, matchedDocs);
      scratch.endField();
    }
    // Every matched document has its score summed, whether or not the heap is offered it.
    scratch.scored += matchedDocs.length;
    offerMatched(matchedDocs, scores, matched, heap);
  } catch (error) {
    scratch.clearAll();
    throw error;
  }
}

// One list's weights added to the field's dot products, for the documents `keep` accepts: the loop a wildcard
// of thousands of words runs over hundreds of thousands of postings.
function addList(
  postings: PostingList,
  boost: number,
  idf: number,
  norms: Float64Array,
  fieldBoost: number,
  dots: Float64Array,
  inField: Uint8Array,
  fieldDocs: DocList,
  keep: (doc: number) => boolean,
): void {
  const { docs, tfs } = postings;
  const touched = fieldDocs.docs;
  let count = fieldDocs.length;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (!keep(doc)) continue;
    if (inField[doc] === 0) {
      inField[doc] = 1;
      touched[count++] = doc;
    }
    dots[doc] = dots[doc]! + boost * fieldWeight(idf, tfs[i]!, norms[doc]!, fieldBoost);
  }
  fieldDocs.length = count;
}

// A field's dot products, divided by its query vector's magnitude, added to the documents' scores; the documents
// met for the first time are listed as matched.
function addField(
  fieldDocs: DocList,
  dots: Float64Array,
  magnitude: number,
  scores: Float64Array,
  matched: Uint8Array,
  matchedDocs: DocList,
): void {
  const docs = fieldDocs.docs;
  for (let i = 0; i < fieldDocs.length; i++) {
    const doc = docs[i]!;
    scores[doc] = scores[doc]! + (dots[doc]! / magnitude || 0);
    if (matched[doc] === 0) {
      matched[doc] = 1;
      matchedDocs.push(doc);
    }
  }
}

// Every matched document offered to the heap (those below its worst once it is full are passed over without a
// call), and the scores and marks cleaned for the next query.
function offerMatched(matchedDocs: DocList, scores: Float64Array, matched: Uint8Array, heap: TopHeap): void {
  const docs = matchedDocs.docs;
  let worst = -Infinity;
  for (let i = 0; i < matchedDocs.length; i++) {
    const doc = docs[i]!;
    const score = scores[doc]!;
    if (score >= worst) {
      heap.offer(doc, score);
      if (heap.full) worst = heap.worstScore;
    }
    scores[doc] = 0;
    matched[doc] = 0;
  }
  matchedDocs.length = 0;
}
