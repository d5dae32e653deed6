import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../archive/core/search/query';
import { capEdit, capQuery } from './query-limit';

const full = 'a'.repeat(MAX_QUERY_LENGTH);

describe('the query length limit', () => {
  it('leaves a query within the limit alone and cuts a longer one at its end', () => {
    expect(capQuery('short')).toBe('short');
    expect(capQuery('b'.repeat(1000))).toBe('b'.repeat(MAX_QUERY_LENGTH));
  });

  it('never splits a character made of two code units', () => {
    const emoji = 'a'.repeat(MAX_QUERY_LENGTH - 1) + '🛸🛸';
    expect(capQuery(emoji)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(capEdit('', emoji)).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('cuts a paste into an empty box to the limit', () => {
    expect(capEdit('', 'x'.repeat(1000))).toBe('x'.repeat(MAX_QUERY_LENGTH));
  });

  it('keeps the text around a paste in the middle and cuts the pasted part', () => {
    const before = `drone ${'a'.repeat(MAX_QUERY_LENGTH - 13)} data`; // two short of the limit
    const after = `drone ${'P'.repeat(50)}${before.slice(6)}`;
    expect(capEdit(before, after)).toBe(`drone PP${before.slice(6)}`);
  });

  it('ignores a key typed into a full box, wherever the caret is', () => {
    expect(capEdit(full, `${full}x`)).toBe(full);
    expect(capEdit(full, `aaxa${full.slice(3)}`)).toBe(full);
  });

  it('cuts at the end when even the kept text is over the limit', () => {
    expect(capEdit('b'.repeat(400), 'b'.repeat(401))).toBe('b'.repeat(MAX_QUERY_LENGTH));
  });

  it('never returns more than the limit, and returns any edit within it unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (before, after) => {
        const result = capEdit(before, after);
        expect(result.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        if (after.length <= MAX_QUERY_LENGTH) expect(result).toBe(after);
      }),
    );
  });
});
