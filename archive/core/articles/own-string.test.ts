import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownString } from './own-string';

describe('ownString', () => {
  it('returns the same text, whatever its characters and length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), fc.nat(8), (text, cut) => {
        const piece = text.slice(Math.min(cut, text.length));
        expect(ownString(piece)).toBe(piece);
      }),
    );
  });
});
