import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, layoutCards } from './card-layout';

describe('layoutCards', () => {
  it('puts each card level with its passage, pushing one down only when the one above is in the way', () => {
    const { tops, height } = layoutCards([
      { anchor: 100, height: 80 },
      { anchor: 150, height: 40 },
      { anchor: 600, height: 50 },
      { anchor: null, height: 30 },
    ]);
    expect(tops).toEqual([100, 180 + CARD_GAP, 600, 650 + CARD_GAP]);
    expect(height).toBe(660 + 30);
  });

  it('never overlaps two cards and never places a card above its passage, whatever the input', () => {
    const slot = fc.record({
      anchor: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      height: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 40 }), (slots) => {
        const { tops } = layoutCards(slots);
        slots.forEach((s, i) => {
          if (s.anchor !== null) expect(tops[i]).toBeGreaterThanOrEqual(s.anchor);
          if (i > 0) expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! + slots[i - 1]!.height + CARD_GAP);
        });
      }),
    );
  });
});
