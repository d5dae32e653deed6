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
  const candidate = new Uint8Array(set.docCount);
  for (const doc of matches.docs) candidate[doc] = 1;
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
      if (cursors.length > 0) markHolding(cursors, set.bases[s]!, candidate, holds, phrase, buffers);
    });
  }
  return matches.filter((doc) => (holds[doc] === 1) !== phrase.excluded);
}

// Marks the candidates of one segment holding the phrase, walking each word's postings once. A function of its own
// so it is optimised on its own: inside the segment loop's callback it ran several times slower.
function markHolding(
  cursors: readonly PositionCursor[],
  base: number,
  candidate: Uint8Array,
  holds: Uint8Array,
  phrase: Phrase,
  buffers: { buffer: Uint32Array }[],
): void {
  const lead = cursors[0]!;
  const lists: Uint32Array[] = [];
  const lengths = new Uint32Array(cursors.length);
  documents: while (lead.next()) {
    const doc = base + lead.doc;
    if (candidate[doc] === 0 || holds[doc] === 1) continue;
    for (let i = 1; i < cursors.length; i++) if (!cursors[i]!.advanceTo(lead.doc)) continue documents;
    for (let i = 0; i < cursors.length; i++) {
      lengths[i] = cursors[i]!.readInto(buffers[i]!);
      lists[i] = buffers[i]!.buffer;
    }
    if (hasPhrase(lists, phrase, lengths)) holds[doc] = 1;
  }
}
