import type { Match } from './match-list';

/** Orders two documents of equal score: negative when `a` comes first. */
export type Tiebreak = (a: number, b: number) => number;

/** The best `k` documents offered, by score then tiebreak: a heap with the worst of them at its root. */
export class TopHeap {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(
    private readonly k: number,
    private readonly tiebreak: Tiebreak,
  ) {}

  /** Whether it holds `k` documents. */
  get full(): boolean {
    return this.docs.length >= this.k;
  }

  /** The lowest score held (meaningful once full). */
  get worstScore(): number {
    return this.scores[0] ?? -Infinity;
  }

  /** Keeps the document if it is among the best `k` so far. */
  offer(doc: number, score: number): void {
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.siftUp(this.docs.length - 1);
    } else if (this.worse(0, doc, score)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The documents held, best first. */
  best(): Match[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || this.tiebreak(a.doc, b.doc));
  }

  // Whether the held entry at `i` ranks below (doc, score).
  private worse(i: number, doc: number, score: number): boolean {
    const held = this.scores[i]!;
    return held < score || (held === score && this.tiebreak(doc, this.docs[i]!) < 0);
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      // The root holds the worst: a parent ranking below its child swaps.
      if (!this.worse(i, this.docs[parent]!, this.scores[parent]!)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.docs.length && this.worse(left, this.docs[worst]!, this.scores[worst]!)) worst = left;
      if (right < this.docs.length && this.worse(right, this.docs[worst]!, this.scores[worst]!))
        worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
