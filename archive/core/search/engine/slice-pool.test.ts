import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from './bytes';
import { SlicePool } from './slice-pool';

// Writes the same varints to a pool and to one ByteWriter per stream; the pool must give back the same bytes.
function writeBoth(writes: ReadonlyArray<readonly [number, number]>, streams: number) {
  const pool = new SlicePool();
  pool.reserve(streams);
  const reference = Array.from({ length: streams }, () => new ByteWriter());
  for (const [stream, value] of writes) {
    pool.varint(stream, value);
    reference[stream]!.varint(value);
  }
  return { pool, reference };
}

function readBack(pool: SlicePool, stream: number): Uint8Array {
  const out = new Uint8Array(pool.length(stream) + 2);
  expect(pool.copy(stream, out, 1)).toBe(pool.length(stream) + 1);
  return out.subarray(1, pool.length(stream) + 1);
}

describe('SlicePool', () => {
  it('gives back every stream exactly as written, whatever the order of the writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((streams) =>
          fc.tuple(
            fc.constant(streams),
            fc.array(fc.tuple(fc.integer({ min: 0, max: streams - 1 }), fc.nat({ max: 2 ** 32 - 1 })), {
              maxLength: 3000,
            }),
          ),
        ),
        ([streams, writes]) => {
          const { pool, reference } = writeBoth(writes, streams);
          let total = 0;
          for (let s = 0; s < streams; s++) {
            expect(readBack(pool, s)).toEqual(reference[s]!.view());
            total += reference[s]!.length;
          }
          expect(pool.bytes).toBe(total);
        },
      ),
    );
  });

  it('chains slices across blocks for streams of megabytes, and leaves unwritten streams empty', () => {
    const writes: Array<[number, number]> = [];
    for (let i = 0; i < 1_200_000; i++) writes.push([i % 3 === 0 ? 0 : 2, (i * 7919) % 300]);
    const { pool, reference } = writeBoth(writes, 4);
    expect(pool.length(0)).toBeGreaterThan(400_000);
    expect(pool.length(2)).toBeGreaterThan(1 << 20);
    for (const s of [0, 2]) expect(readBack(pool, s)).toEqual(reference[s]!.view());
    expect(pool.length(1)).toBe(0);
    expect(readBack(pool, 3)).toEqual(new Uint8Array(0));
  });
});
