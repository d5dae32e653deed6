/** A matching document, numbered across all segments in order, with Lunr's score. */
export interface Match {
  doc: number;
  score: number;
}

/**
 * The documents a query matched, in one typed array, ascending within each language's segments. A common word
 * matches most of an archive: an object per match was a fifth of a search's time to make and more to collect,
 * and only the results shown are scored one by one (see `top-k.ts`).
 */
export class MatchList {
  constructor(readonly docs: Uint32Array) {}

  /** A list of no matches. */
  static empty(): MatchList {
    return new MatchList(new Uint32Array(0));
  }

  /** A list of the given documents, in their order. */
  static of(docs: readonly number[]): MatchList {
    return new MatchList(Uint32Array.from(docs));
  }

  /** The lists one after another. */
  static concat(lists: readonly MatchList[]): MatchList {
    if (lists.length === 1) return lists[0]!;
    let total = 0;
    for (const list of lists) total += list.length;
    const docs = new Uint32Array(total);
    let at = 0;
    for (const list of lists) {
      docs.set(list.docs, at);
      at += list.length;
    }
    return new MatchList(docs);
  }

  /** Number of matches. */
  get length(): number {
    return this.docs.length;
  }

  /** The documents `keep` accepts, in order; the list itself when it accepts all of them. */
  filter(keep: (doc: number) => boolean): MatchList {
    const n = this.length;
    const kept = new Uint32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (keep(this.docs[i]!)) kept[count++] = this.docs[i]!;
    return count === n ? this : new MatchList(kept.slice(0, count));
  }

  /** The same matches with each document renumbered by `renumber`. */
  mapDocs(renumber: (doc: number) => number): MatchList {
    return new MatchList(this.docs.map((doc) => renumber(doc)));
  }
}
