import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, trimRange } from './text-range';

describe('text ranges', () => {
  it('trims white space, including line breaks between blocks, from both ends', () => {
    const text = 'one \n\n two  ';
    expect(trimRange(text, { start: 3, end: 12 })).toEqual({ start: 7, end: 10 });
    expect(trimRange('   ', { start: 0, end: 3 }).end - trimRange('   ', { start: 0, end: 3 }).start).toBe(0);
  });

  it('always returns a range inside the original whose text is the trimmed original', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const r = trimRange(text, { start, end });
        expect(r.start).toBeGreaterThanOrEqual(start);
        expect(r.end).toBeLessThanOrEqual(end);
        expect(text.slice(r.start, r.end)).toBe(text.slice(start, end).replace(/^\s+|\s+$/g, ''));
      }),
    );
  });

  it('orders strings by code unit, not by locale', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b', 'é']);
  });
});
