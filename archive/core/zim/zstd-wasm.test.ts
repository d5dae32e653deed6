import { decompress } from 'fzstd';
import { describe, expect, it, vi } from 'vitest';
import { ZIM_FIXTURES, fromBase64 } from '../testing/zim-fixtures';
import { expectSameAsZimdump } from '../testing/zim-reference';
import { ZimError } from './byte-source';
import { MAX_CLUSTER_BYTES, zstdContentSize } from './decompress';
import { decodeWithRoom, loadZstdWasm, type ZstdDecoder } from './zstd-wasm';
import frameUrl from './fixtures/many-blocks.zst?inline';
import repeatedUrl from './fixtures/repeated.zst?inline';

// 600,000 bytes of numbered lines in one zstd frame of several blocks, stating no size as a ZIM's clusters do.
const frame = fromBase64(frameUrl.slice(frameUrl.indexOf(',') + 1));
const whole = decompress(frame);

// A plain loop: the deep equality of a test framework takes seconds over megabytes.
function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

async function wasm(): Promise<ZstdDecoder> {
  const decoder = await loadZstdWasm();
  if (decoder === undefined) throw new Error('zstd in WebAssembly did not load in Node');
  return decoder;
}

describe('zstd in WebAssembly', () => {
  it('decodes a frame that states no size exactly as fzstd does', async () => {
    expect(zstdContentSize(frame)).toBeUndefined();
    expect(same(decodeWithRoom(await wasm(), frame, MAX_CLUSTER_BYTES, 0), whole)).toBe(true);
  });

  it('says when the room is short, and is given twice as much until the frame fits', async () => {
    const decoder = await wasm();
    expect(() => decoder(frame, 1000)).toThrow(/code -70\b/);
    // 3 MB of one line, recorded by tools/zim/record-fixtures.ts: the first room (1 MB) is short twice.
    const packed = fromBase64(repeatedUrl.slice(repeatedUrl.indexOf(',') + 1));
    expect(zstdContentSize(packed)).toBeUndefined();
    const text = new TextEncoder().encode('one line of a page\n'.repeat(160_000));
    const rooms: number[] = [];
    const counting: ZstdDecoder = (bytes, room) => (rooms.push(room), decoder(bytes, room));
    expect(same(decodeWithRoom(counting, packed, MAX_CLUSTER_BYTES, 0), text)).toBe(true);
    expect(rooms).toEqual([1 << 20, 2 << 20, 4 << 20]);
  });

  it('refuses a frame that would decode past the limit, and a damaged frame, with a ZIM error', async () => {
    const decoder = await wasm();
    expect(() => decodeWithRoom(decoder, frame, 100_000, 3)).toThrow(/more than/);
    // A frame header stating 4 GB: refused before the decoder is asked for any room.
    const huge = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xc0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(zstdContentSize(huge)).toBe(2 ** 32);
    const asked: number[] = [];
    expect(() =>
      decodeWithRoom((b, room) => (asked.push(room), decoder(b, room)), huge, MAX_CLUSTER_BYTES, 3),
    ).toThrow(/more than/);
    expect(asked).toEqual([]);
    const damaged = frame.slice();
    for (let i = 40; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0xa5;
    expect(() => decodeWithRoom(decoder, damaged, MAX_CLUSTER_BYTES, 3)).toThrow(ZimError);
    expect(() => decodeWithRoom(decoder, damaged, MAX_CLUSTER_BYTES, 3)).toThrow(/cluster 3/);
  });

  it('resolves nothing where WebAssembly may not be compiled, so fzstd decodes instead', async () => {
    vi.resetModules();
    const fresh = await import('./zstd-wasm');
    // Bytes that are not a WebAssembly module fail to compile, as a forbidding policy makes every module fail.
    expect(await fresh.loadZstdWasm(new Uint8Array([0, 1, 2, 3]).buffer)).toBeUndefined();
    expect(await fresh.zstdWasm()).toBeUndefined();
  });

  it('reads every fixture as zimdump does once loaded', async () => {
    await wasm();
    for (const { bytes, reference } of Object.values(ZIM_FIXTURES))
      await expectSameAsZimdump(bytes, reference);
  });
});
