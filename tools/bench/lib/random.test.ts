import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32, pick, randomInt } from './random';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it('stays in [0, 1) and spreads over the interval', () => {
    const next = mulberry32(1);
    const values = Array.from({ length: 10_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });
});

describe('randomInt, pick and gaussian', () => {
  it('draws integers from both ends of an inclusive range', () => {
    const next = mulberry32(2);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(next, 3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks only elements of the array and refuses an empty one', () => {
    const next = mulberry32(3);
    for (let i = 0; i < 100; i++) expect(['a', 'b', 'c']).toContain(pick(next, ['a', 'b', 'c']));
    expect(() => pick(next, [])).toThrow();
  });

  it('samples a standard normal: mean near 0, spread near 1', () => {
    const next = mulberry32(4);
    const values = Array.from({ length: 20_000 }, () => gaussian(next));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(variance).toBeGreaterThan(0.9);
    expect(variance).toBeLessThan(1.1);
  });
});
