import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockOffsets, type Block } from '../../archive/core/articles/article';
import {
  MAX_POSITIONS,
  offsetOf,
  placeOf,
  readPositions,
  savePosition,
  scrollRatio,
} from './reading-positions';

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
    // A full store, oldest first (each save parses the whole store, so 2,000 saves in a row would test only speed).
    const full = Object.fromEntries(
      Array.from({ length: MAX_POSITIONS }, (_, i) => [
        `id-${i}`,
        { ratio: 0.5, at: new Date(0).toISOString() },
      ]),
    );
    const s = memory({ 'airgap.reading-positions': JSON.stringify(full) });
    for (let i = MAX_POSITIONS; i < MAX_POSITIONS + 3; i += 1) savePosition(s, `id-${i}`, 0.5, new Date(0));
    expect(Object.keys(readPositions(s))).not.toContain('id-2');
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

  it('keeps the passage (block and offset) with the ratio, and a damaged passage falls back to the ratio', () => {
    const s = memory();
    savePosition(s, 'a', 0.4, new Date(0), { block: 3, offset: 120 });
    expect(readPositions(s).a).toMatchObject({ ratio: 0.4, block: 3, offset: 120 });
    const damaged = memory({
      'airgap.reading-positions': JSON.stringify({ b: { ratio: 0.2, block: -1, offset: 4, at: 'x' } }),
    });
    expect(readPositions(damaged).b).toEqual({ ratio: 0.2, at: 'x' });
  });

  it('turns any offset inside a block into its block and back again', () => {
    const blocks = fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(blocks, fc.nat(), fc.nat(), (texts, b, k) => {
        const article: Block[] = texts.map((text) => ({ kind: 'paragraph', text }));
        const offsets = blockOffsets(article);
        const block = b % texts.length;
        const offset = k % (texts[block] ?? '').length;
        const at = (offsets[block] ?? 0) + offset;
        expect(placeOf(offsets, at)).toEqual({ block, offset });
        expect(
          offsetOf(
            offsets,
            texts.map((t) => t.length),
            { block, offset },
          ),
        ).toBe(at);
      }),
    );
  });

  it('keeps a place inside its block when the block has shrunk, and has none when the block is gone', () => {
    const offsets = [0, 12, 30];
    expect(offsetOf(offsets, [10, 16, 5], { block: 1, offset: 500 })).toBe(27);
    expect(offsetOf(offsets, [10, 16, 5], { block: 7, offset: 0 })).toBeUndefined();
  });
});
