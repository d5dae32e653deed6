import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POSITIONS, readPositions, savePosition, scrollRatio } from './reading-positions';

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}

describe('reading positions', () => {
  it('remembers where each article was left, clamped to 0-1', () => {
    const s = memory();
    savePosition(s, 'a', 0.4, new Date('2030-01-01T00:00:00Z'));
    savePosition(s, 'b', 7, new Date('2030-01-02T00:00:00Z'));
    expect(readPositions(s)).toEqual({
      a: { ratio: 0.4, at: '2030-01-01T00:00:00.000Z' },
      b: { ratio: 1, at: '2030-01-02T00:00:00.000Z' },
    });
  });

  it('forgets the least recently read first once full', () => {
    const s = memory();
    for (let i = 0; i < MAX_POSITIONS + 3; i += 1) savePosition(s, `id-${i}`, 0.5, new Date(0));
    savePosition(s, 'id-3', 0.9, new Date(0));
    const kept = Object.keys(readPositions(s));
    expect(kept).toHaveLength(MAX_POSITIONS);
    expect(kept).not.toContain('id-0');
    expect(kept.at(-1)).toBe('id-3');
  });

  it('reads any damaged store as empty or skips the damaged entries, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const positions = readPositions(memory({ 'airgap.reading-positions': raw }));
        for (const p of Object.values(positions)) expect(p.ratio >= 0 && p.ratio <= 1).toBe(true);
      }),
    );
  });

  it('measures the scroll ratio, 0 when nothing scrolls', () => {
    expect(scrollRatio({ scrollTop: 250, scrollHeight: 1500, clientHeight: 1000 })).toBe(0.5);
    expect(scrollRatio({ scrollTop: 0, scrollHeight: 800, clientHeight: 1000 })).toBe(0);
  });
});
