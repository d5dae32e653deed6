import { describe, expect, it, vi } from 'vitest';
import { cachedBodies } from './body-cache';

describe('cachedBodies', () => {
  it('loads a body once while it fits, and lets the least recently used go past the budget', async () => {
    const load = vi.fn(async (id: string) => id.repeat(10));
    const body = cachedBodies(load, 25);
    await body('a');
    await body('b');
    await body('a'); // a is now the most recently used
    expect(load).toHaveBeenCalledTimes(2);
    await body('c'); // 30 characters: b goes
    await body('a');
    expect(load).toHaveBeenCalledTimes(3);
    await body('b');
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('keeps no failed load and no body larger than the budget', async () => {
    let fail = true;
    const load = vi.fn(async (id: string) => {
      if (fail) throw new Error('gone');
      return id === 'big' ? 'x'.repeat(100) : id;
    });
    const body = cachedBodies(load, 10);
    await expect(body('a')).rejects.toThrow('gone');
    fail = false;
    expect(await body('a')).toBe('a');
    await body('big');
    await body('big');
    expect(load).toHaveBeenCalledTimes(4);
    await body('a');
    expect(load).toHaveBeenCalledTimes(4);
  });
});
