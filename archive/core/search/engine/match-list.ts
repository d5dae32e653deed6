/** A matching document, numbered across all segments in order, with Lunr's score. */
export interface Match {
  doc: number;
  score: number;
}

/**
 * Matching documents and their scores in two parallel typed arrays, in the order the engine found them
 * (ascending by document). A common word matches most of an archive: an object per match was a fifth of a
 * search's time to make and more to collect, while the results shown need only ten of them as objects.
 */
export class MatchList {
  constructor(
    readonly docs: Uint32Array,
    readonly scores: Float64Array,
  ) {
    if (docs.length !== scores.length) throw new RangeError('A match list needs one score per document');
  }

  /** A list of no matches. */
  static empty(): MatchList {
    return new MatchList(new Uint32Array(0), new Float64Array(0));
  }

  /** A list of the given matches, in their order. */
  static of(matches: readonly Match[]): MatchList {
    return new MatchList(
      Uint32Array.from(matches, (m) => m.doc),
      Float64Array.from(matches, (m) => m.score),
    );
  }

  /** The lists one after another. */
  static concat(lists: readonly MatchList[]): MatchList {
    if (lists.length === 1) return lists[0]!;
    let total = 0;
    for (const list of lists) total += list.length;
    const docs = new Uint32Array(total);
    const scores = new Float64Array(total);
    let at = 0;
    for (const list of lists) {
      docs.set(list.docs, at);
      scores.set(list.scores, at);
      at += list.length;
    }
    return new MatchList(docs, scores);
  }

  /** Number of matches. */
  get length(): number {
    return this.docs.length;
  }

  /** The matches as objects, for the few callers that want them so. */
  toArray(): Match[] {
    return Array.from(this.docs, (doc, i) => ({ doc, score: this.scores[i]! }));
  }

  /** The matches whose document `keep` accepts, in order; the list itself when it accepts all of them. */
  filter(keep: (doc: number) => boolean): MatchList {
    const n = this.length;
    const kept = new Uint32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (keep(this.docs[i]!)) kept[count++] = i;
    if (count === n) return this;
    return this.pick(kept.subarray(0, count));
  }

  /** The matches at the given positions, in that order. */
  pick(positions: ArrayLike<number>): MatchList {
    const docs = new Uint32Array(positions.length);
    const scores = new Float64Array(positions.length);
    for (let i = 0; i < positions.length; i++) {
      docs[i] = this.docs[positions[i]!]!;
      scores[i] = this.scores[positions[i]!]!;
    }
    return new MatchList(docs, scores);
  }

  /** The same matches with each document renumbered by `renumber`, scores kept. */
  mapDocs(renumber: (doc: number) => number): MatchList {
    return new MatchList(
      this.docs.map((doc) => renumber(doc)),
      this.scores,
    );
  }
}
