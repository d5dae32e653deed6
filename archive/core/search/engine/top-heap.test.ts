import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopHeap } from './top-heap';

describe('TopHeap', () => {
  it('keeps the best k offered, by score then tiebreak, as sorting them all does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ doc: fc.nat(50), score: fc.integer({ min: 0, max: 5 }) }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (offered, k) => {
          const unique = [...new Map(offered.map((o) => [o.doc, o])).values()];
          const heap = new TopHeap(k, (a, b) => a - b);
          for (const { doc, score } of unique) heap.offer(doc, score);
          const sorted = [...unique].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, k);
          expect(heap.best()).toEqual(sorted);
          expect(heap.full).toBe(unique.length >= k);
        },
      ),
    );
  });
});
