import { SEARCH_FIELDS } from './analyzer';
import type { SegmentSet } from './segment-set';
import type { MatchList } from './match-list';
import { hasPhrase } from './highlight';
import type { PositionCursor } from './position-cursor';
import type { Phrase } from './query-plan';

/**
 * Keeps the matches holding the phrase in any of its fields (or, for an excluded phrase, those not holding it).
 * Each word's postings are walked once in document order, side by side, and positions are decoded only where a
 * matched document holds every word of the phrase.
 */
export function filterPhrase(set: SegmentSet, matches: MatchList, phrase: Phrase): MatchList {
  const holds = new Uint8Array(set.docCount);
  const buffers = phrase.items.map(() => ({ buffer: new Uint32Array(64) }));
  for (const field of phrase.fields) {
    const f = SEARCH_FIELDS.indexOf(field as (typeof SEARCH_FIELDS)[number]);
    if (f < 0) continue;
    set.segments.forEach((segment, s) => {
      const cursors: PositionCursor[] = [];
      for (const item of phrase.items) {
        const rank = set.expand(item.stem, undefined).terms.get(item.stem)?.[s] ?? -1;
        // A word missing from the segment: none of its documents holds the phrase.
        if (rank < 0) return;
        cursors.push(segment.positionCursor(rank, f));
      }
      // A phrase of stop words only has nothing to find, as before positions were walked this way.
      if (cursors.length > 0)
        markHolding(cursors, set.bases[s]!, segment.docCount, matches.docs, holds, phrase, buffers);
    });
  }
  return matches.filter((doc) => (holds[doc] === 1) !== phrase.excluded);
}

// Marks the candidates of one segment holding the phrase. Every cursor is moved to each candidate in turn, so
// a word's positions are read only where all the words are, and skip entries jump over the blocks between (a
// common word's cursor had stepped over every one of its postings for a rare word's few documents). A function
// of its own so it is optimised on its own: inside the segment loop's callback it ran several times slower.
function markHolding(
  cursors: readonly PositionCursor[],
  base: number,
  docCount: number,
  candidates: Uint32Array,
  holds: Uint8Array,
  phrase: Phrase,
  buffers: { buffer: Uint32Array }[],
): void {
  const lists: Uint32Array[] = [];
  const lengths = new Uint32Array(cursors.length);
  documents: for (let c = lowerBound(candidates, base); c < candidates.length; c++) {
    const doc = candidates[c]!;
    if (doc >= base + docCount) return;
    if (holds[doc] === 1) continue;
    for (let i = 0; i < cursors.length; i++) if (!cursors[i]!.advanceTo(doc - base)) continue documents;
    for (let i = 0; i < cursors.length; i++) {
      lengths[i] = cursors[i]!.readInto(buffers[i]!);
      lists[i] = buffers[i]!.buffer;
    }
    if (hasPhrase(lists, phrase, lengths)) holds[doc] = 1;
  }
}

// The first index whose document is at least `doc`.
function lowerBound(docs: Uint32Array, doc: number): number {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return low;
}
