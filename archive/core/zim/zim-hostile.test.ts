import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZIM_FIXTURES } from '../testing/zim-fixtures';
import { memorySource, ZimError } from './byte-source';
import { ClusterCache } from './cluster-cache';
import { MAX_CLUSTER_BYTES, zstdContentSize } from './decompress';
import { parseDirent } from './dirent';
import { TitleIndex } from './title-index';
import { ZimArchive } from './zim-archive';
import { readMetadata } from './zim-metadata';
import { loadZstdWasm } from './zstd-wasm';

/** Reads everything a library would: every entry, its content, the metadata, the main page and the A-Z list. */
async function readEverything(bytes: Uint8Array): Promise<void> {
  const zim = await ZimArchive.open(memorySource(bytes));
  for (let i = 0; i < Math.min(zim.entryCount, 64); i++) {
    const entry = await zim.entryAt(i);
    const content = await zim.resolve(entry);
    if (content) await zim.content(content);
    await zim.findByPath(entry.namespace, entry.path);
  }
  await readMetadata(zim);
  await zim.mainPage();
  const titles = await TitleIndex.open(zim);
  for (let i = 0; i < Math.min(titles.count, 16); i++) await titles.at(i);
  // And listed together, as indexing lists the pages.
  await titles.range(0, Math.min(titles.count, 64));
  await zim.entriesAt(Array.from({ length: Math.min(zim.entryCount, 64) }, (_, i) => i));
}

/**
 * A position in a file of `size` bytes: anywhere, or within the first or last 4 KB, where the header, pointer
 * lists and entries of small files lie (zimwriterfs puts them after the clusters).
 */
const anywhere = (size: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.nat(size - 1),
    fc.nat(Math.min(size - 1, 4095)),
    fc.integer({ min: Math.max(0, size - 4096), max: size - 1 }),
  );

/** Runs `read` and returns the error it ended with, if any. */
async function failure(read: Promise<void>): Promise<unknown> {
  try {
    await read;
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Changes up to 8 bytes anywhere, many times: each file either reads whole or is refused with a ZimError. */
async function expectReadOrRefusedWhenChanged(bytes: Uint8Array): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(anywhere(bytes.length), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      }),
      async (changes) => {
        const damaged = bytes.slice();
        for (const [at, value] of changes) damaged[at] = value;
        const error = await failure(readEverything(damaged));
        if (error !== undefined) expect(error).toBeInstanceOf(ZimError);
      },
    ),
    { numRuns: 150 },
  );
}

describe('the ZIM reader on damaged and hostile files', () => {
  it.each(Object.values(ZIM_FIXTURES))(
    'either reads $name with bytes changed anywhere, or says why it cannot, with a ZimError',
    async ({ bytes }) => {
      await expectReadOrRefusedWhenChanged(bytes);
    },
  );

  it.each(Object.values(ZIM_FIXTURES))(
    'refuses $name cut short at any length with a ZimError',
    async ({ bytes }) => {
      await fc.assert(
        fc.asyncProperty(fc.nat(bytes.length - 1), async (length) => {
          const error = await failure(readEverything(bytes.slice(0, length)));
          if (error !== undefined) expect(error).toBeInstanceOf(ZimError);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('says what is wrong with a file that is not a ZIM, or of a version it cannot read', async () => {
    const notZim = new TextEncoder().encode('<html>'.padEnd(200, ' '));
    await expect(ZimArchive.open(memorySource(notZim))).rejects.toThrow(/not a ZIM file/);
    const version = ZIM_FIXTURES.modern.bytes.slice();
    version[4] = 9;
    await expect(ZimArchive.open(memorySource(version))).rejects.toThrow(/version 9/);
    await expect(ZimArchive.open(memorySource(new Uint8Array(10)))).rejects.toThrow(/too short/);
  });

  it('refuses a zstd frame that declares more than the cluster limit before decompressing it', () => {
    // Magic, a descriptor for an 8-byte content size, a window byte, then 2^40.
    const frame = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0xc0, 0x50, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(zstdContentSize(frame)).toBe(2 ** 40);
    expect(zstdContentSize(frame)!).toBeGreaterThan(MAX_CLUSTER_BYTES);
  });

  it('refuses an entry whose path never ends, read alone or with its neighbours', async () => {
    // Entries 0 to 9 moved into a run of bytes at the end of the file, 10,000 bytes apart (so neighbours are read
    // together), entry 0 with a path of 80,000 bytes: longer than the 64 KB any entry gets.
    const base = ZIM_FIXTURES.modern.bytes;
    const long = new Uint8Array(16 + 100_000).fill(0x61);
    long.set([0, 0, 0, 0x43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    long.set([0, 0], 16 + 80_000);
    long.set([0, 0], 16 + 99_000);
    const bytes = new Uint8Array(base.length + long.length);
    bytes.set(base);
    bytes.set(long, base.length);
    const view = new DataView(bytes.buffer);
    const pointers = Number(view.getBigUint64(32, true));
    for (let k = 0; k < 10; k++) view.setBigUint64(pointers + 8 * k, BigInt(base.length + k * 10_000), true);
    const zim = await ZimArchive.open(memorySource(bytes));
    await expect(zim.entryAt(0)).rejects.toThrow(/never ends/);
    await expect(zim.entriesAt(Array.from({ length: 10 }, (_, k) => k))).rejects.toThrow(/never ends/);
  });

  it('reads deleted entries and link targets, which carry no cluster', () => {
    const bytes = (mime: number): Uint8Array =>
      new Uint8Array([mime & 0xff, mime >> 8, 0, 0x43, 0, 0, 0, 0, ...new TextEncoder().encode('gone\0\0')]);
    expect(parseDirent(bytes(0xfffd), 3, 1)).toMatchObject({ kind: 'deleted', path: 'gone', title: 'gone' });
    expect(parseDirent(bytes(0xfffe), 3, 1)).toMatchObject({ kind: 'linktarget', namespace: 'C' });
    expect(() => parseDirent(bytes(7), 3, 1)).toThrow(ZimError);
  });

  it('keeps the cluster cache within its byte bound, least recently used out first', () => {
    const cache = new ClusterCache<Uint8Array>(100);
    cache.set(1, new Uint8Array(40));
    cache.set(2, new Uint8Array(40));
    cache.get(1);
    cache.set(3, new Uint8Array(40));
    expect([cache.get(1) !== undefined, cache.get(2) !== undefined, cache.get(3) !== undefined]).toEqual([
      true,
      false,
      true,
    ]);
    cache.set(4, new Uint8Array(200));
    expect(cache.get(4)).toBeUndefined();
    expect(cache.size()).toBeLessThanOrEqual(100);
  });
});

// Last in the file: once loaded, zstd in WebAssembly decodes every cluster read after it.
describe('the ZIM reader on damaged files, with zstd in WebAssembly', () => {
  it.each(Object.values(ZIM_FIXTURES))(
    'either reads $name with bytes changed anywhere, or says why it cannot, with a ZimError',
    async ({ bytes }) => {
      expect(await loadZstdWasm()).toBeTypeOf('function');
      await expectReadOrRefusedWhenChanged(bytes);
    },
  );
});
