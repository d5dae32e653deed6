import { decompress } from 'fzstd';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../testing/zim-fixtures';
import { ZimError } from './byte-source';
import { decompressZstdPrefix, zstdWindowSize } from './decompress';
import frameUrl from './fixtures/many-blocks.zst?inline';

// 600,000 bytes of numbered lines in one zstd frame of several blocks (recorded by tools/zim/record-fixtures.ts).
const frame = fromBase64(frameUrl.slice(frameUrl.indexOf(',') + 1));
const whole = decompress(frame);

describe('decompressZstdPrefix', () => {
  it('stops once the output holds what was asked for, giving a true start of the whole', () => {
    const { data, complete } = decompressZstdPrefix(frame, 0, (prefix) => prefix.length >= 1000);
    expect(complete).toBe(false);
    expect(data.length).toBeGreaterThanOrEqual(1000);
    expect(data.length).toBeLessThan(whole.length);
    expect(data).toEqual(whole.subarray(0, data.length));
  });

  it('decodes everything when never told to stop, as the one-shot decoder does', () => {
    const { data, complete } = decompressZstdPrefix(frame, 0, () => false);
    expect(complete).toBe(true);
    expect(data).toEqual(whole);
  });

  it('refuses a damaged frame with the cluster named', () => {
    const damaged = frame.slice();
    damaged.fill(0xff, 20, 60);
    expect(() => decompressZstdPrefix(damaged, 7, () => false)).toThrow(ZimError);
    expect(() => decompressZstdPrefix(damaged, 7, () => false)).toThrow(/cluster 7/);
  });

  it('refuses a frame whose window would need more memory than a cluster may take, before decoding', () => {
    // Magic, a descriptor without single segment, a window descriptor of exponent 31 (2 TB).
    const hostile = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 31 << 3, 0, 0, 0]);
    expect(zstdWindowSize(hostile)).toBe(2 ** 41);
    expect(() => decompressZstdPrefix(hostile, 3, () => false)).toThrow(/more than 128 MB/);
    expect(zstdWindowSize(frame)).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
