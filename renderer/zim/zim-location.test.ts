import { describe, expect, it, vi } from 'vitest';
import { ZimError } from '../../archive/core/zim/byte-source';
import { rangeSource } from './zim-location';

const file = Uint8Array.from({ length: 100 }, (_, i) => i);

/** A server that answers Range requests over `file` as the main process does. */
function server(status?: number) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('Range') ?? '')!;
    const [start, end] = [Number(range[1]), Number(range[2])];
    if (status !== undefined) return new Response('no', { status });
    return new Response(file.slice(start, end + 1), { status: 206 });
  });
}

describe('rangeSource', () => {
  it('reads the bytes asked for with one Range request', async () => {
    const fetchRange = server();
    const source = rangeSource('app://airgap/zim/x', 100, fetchRange as typeof fetch);
    expect([...(await source.read(10, 5))]).toEqual([10, 11, 12, 13, 14]);
    expect(new Headers(fetchRange.mock.calls[0]![1]!.headers).get('Range')).toBe('bytes=10-14');
  });

  it('refuses reads outside the file before asking, and says why a read failed', async () => {
    const fetchRange = server();
    const source = rangeSource('u', 100, fetchRange as typeof fetch);
    await expect(source.read(95, 10)).rejects.toThrow(ZimError);
    expect(fetchRange).not.toHaveBeenCalled();
    await expect(rangeSource('u', 100, server(404) as typeof fetch).read(0, 4)).rejects.toThrow(
      /add it again/,
    );
    const short = vi.fn(async () => new Response(new Uint8Array(2), { status: 206 }));
    await expect(rangeSource('u', 100, short as typeof fetch).read(0, 4)).rejects.toThrow(/ends before/);
  });
});
