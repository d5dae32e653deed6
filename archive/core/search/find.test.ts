import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIND_LENGTH, findAll } from './find';

describe('findAll', () => {
  it('finds every occurrence regardless of case, in order', () => {
    expect(findAll('DJI said dji and Dji.', 'dji')).toEqual([
      { start: 0, end: 3 },
      { start: 9, end: 12 },
      { start: 17, end: 20 },
    ]);
  });

  it('does not report overlapping matches twice', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('finds nothing for blank or oversized needles', () => {
    expect(findAll('some text', '   ')).toEqual([]);
    expect(findAll('x'.repeat(1000), 'x'.repeat(MAX_FIND_LENGTH + 1))).toEqual([]);
  });

  it('returns ranges whose text equals the needle ignoring case, for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 5 }), (text, needle) => {
        const ranges = findAll(text, needle);
        let last = 0;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(r.start, r.end).toLowerCase()).toBe(needle.trim().toLowerCase());
          last = r.end;
        }
      }),
    );
  });
});
