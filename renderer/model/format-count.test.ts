import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('separates thousands with commas', () => {
    expect(formatCount(16)).toBe('16');
    expect(formatCount(50_000)).toBe('50,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
  });

  it('writes every whole count as toLocaleString("en") does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (n) => formatCount(n) === n.toLocaleString('en')),
    );
  });
});
