import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inReadingOrder } from './annotation';

const at = (id: string, start: number, end: number, createdAt = '2026-01-01T00:00:00.000Z') => ({
  id,
  createdAt,
  position: { type: 'TextPositionSelector' as const, start, end },
});

describe('inReadingOrder', () => {
  it('orders by start, then end, then creation time, then id', () => {
    const list = [
      at('d', 5, 9),
      at('c', 1, 9),
      at('b', 1, 3, '2026-01-02T00:00:00.000Z'),
      at('a', 1, 3, '2026-01-02T00:00:00.000Z'),
      at('e', 1, 3),
    ];
    expect(inReadingOrder(list).map((x) => x.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('gives the same order whatever order the highlights come in, and leaves the input alone', () => {
    const item = fc.record({ id: fc.uuid(), start: fc.nat(50), len: fc.nat(10) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (raw) => {
        const list = raw.map((r) => at(r.id, r.start, r.start + r.len));
        const copy = [...list];
        const sorted = inReadingOrder(list);
        expect(list).toEqual(copy);
        expect(inReadingOrder([...list].reverse())).toEqual(sorted);
      }),
    );
  });
});
