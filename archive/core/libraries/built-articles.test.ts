import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedFiles, zstdStored } from '../testing/article-packs';
import { decompressZstd } from '../zim/decompress';
import type { Article } from '../articles/article';
import { decodePack, encodePack, MAX_PACK_BYTES, PACKS_FILE } from '../articles/article-packs';
import { DataFileError } from '../articles/data-files';
import { PackedArticles } from '../articles/packed-articles';

const article = (id: string, text: string): Article => ({
  id,
  title: `Title of ${id}`,
  source: 'Test',
  blocks: [{ kind: 'paragraph', text }],
});

const articles = Array.from({ length: 5 }, (_, i) =>
  article(`a-${i}`, `Text ${i} — é ✓ ${'x'.repeat(i * 50)}`),
);

function folder(files: Record<string, string | Uint8Array>, cacheChars?: number) {
  const read: string[] = [];
  const packed = new PackedArticles(
    {
      bytes: async (path) => {
        read.push(path);
        const file = files[path];
        if (file === undefined) throw new Error(`Could not load ${path} (HTTP 404).`);
        return typeof file === 'string' ? new TextEncoder().encode(file) : file;
      },
      decompress: decompressZstd,
    },
    cacheChars,
  );
  return { packed, read };
}

describe('PackedArticles', () => {
  it('reads every article back from its pack, reading the list once and each pack once', async () => {
    const { packed, read } = folder(packedFiles(articles, 2));
    for (const a of articles) expect(await packed.article(a.id)).toEqual(a);
    expect(await packed.article('a-0')).toEqual(articles[0]);
    expect(read).toEqual([
      PACKS_FILE,
      'articles/pack-0-0.bin',
      'articles/pack-0-1.bin',
      'articles/pack-0-2.bin',
    ]);
  });

  it('keeps recent packs within its bound and reads an evicted pack again', async () => {
    const { packed, read } = folder(packedFiles(articles, 1), 1);
    await packed.article('a-0');
    await packed.article('a-1');
    await packed.article('a-0');
    expect(read.filter((p) => p === 'articles/pack-0-0.bin')).toHaveLength(2);
  });

  it('says which article is missing, and retries the list after a failed read', async () => {
    const files = packedFiles(articles);
    const list = files[PACKS_FILE]!;
    delete files[PACKS_FILE];
    const { packed } = folder(files);
    await expect(packed.article('a-0')).rejects.toThrow(/packs\.json \(HTTP 404\)/);
    files[PACKS_FILE] = list;
    await expect(packed.article('nope')).rejects.toThrow('There is no article "nope" in this archive.');
    expect(await packed.article('a-3')).toEqual(articles[3]);
  });

  it('refuses a damaged list of packs with a message naming it', async () => {
    const cases: Array<[unknown, RegExp]> = [
      ['not json', /packs\.json is damaged/],
      [JSON.stringify({ version: 2, packs: [] }), /version must be 1/],
      [JSON.stringify({ version: 1, packs: [{ path: '../secret.bin', ids: [] }] }), /packs\[0\]\.path/],
      [
        JSON.stringify({ version: 1, packs: [{ path: 'articles/pack-0-0.bin', ids: ['../x'] }] }),
        /lowercase slug/,
      ],
    ];
    for (const [list, message] of cases) {
      const { packed } = folder({ ...packedFiles(articles), [PACKS_FILE]: list as string });
      const failure = await packed.article('a-0').catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DataFileError);
      expect(String(failure)).toMatch(message);
    }
  });

  it('refuses a pack that would decompress past its cap, or holds no valid JSON, before trusting it', async () => {
    const files = packedFiles(articles, 5);
    // A frame header stating a content size over the cap: refused before anything is allocated.
    const bomb = zstdStored(new Uint8Array(16));
    new DataView(bomb.buffer).setBigUint64(5, BigInt(MAX_PACK_BYTES + 1), true);
    let { packed } = folder({ ...files, 'articles/pack-0-0.bin': bomb });
    await expect(packed.article('a-0')).rejects.toThrow(
      /pack-0-0\.bin could not be decompressed.*more than 64 MB/,
    );
    ({ packed } = folder({
      ...files,
      'articles/pack-0-0.bin': zstdStored(encodePack(['{"id":', '{}', '{}', '{}', '{}'])),
    }));
    await expect(packed.article('a-0')).rejects.toThrow(
      'The stored article "a-0" is damaged (not valid JSON)',
    );
    ({ packed } = folder({
      ...files,
      'articles/pack-0-0.bin': zstdStored(encodePack(['{}', '{}', '{}', '{}', '{}'])),
    }));
    await expect(packed.article('a-1')).rejects.toThrow(DataFileError);
  });
});

describe('decodePack', () => {
  it('gives back the texts it was given, whatever they are', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (texts) => {
        expect(decodePack(encodePack(texts), 'p')).toEqual(texts);
      }),
    );
  });

  it('refuses damaged bytes with a message naming the pack, never another error', () => {
    const good = encodePack(['{"a":1}', 'second', 'é✓']);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: good.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: good.length }),
        (at, value, cut) => {
          const bytes = good.slice(0, Math.max(cut, at + 1));
          bytes[at] = value;
          try {
            decodePack(bytes, 'articles/pack-0-0.bin');
          } catch (error) {
            expect(error).toBeInstanceOf(DataFileError);
            expect(String(error)).toMatch(/articles\/pack-0-0\.bin is damaged/);
          }
        },
      ),
    );
  });

  it('names what is wrong: magic, table, range, encoding, leftovers', () => {
    const good = encodePack(['one', 'two']);
    const variant = (edit: (view: DataView, bytes: Uint8Array) => Uint8Array | void) => {
      const bytes = good.slice();
      const out = edit(new DataView(bytes.buffer), bytes) ?? bytes;
      return () => decodePack(out, 'p');
    };
    expect(variant((v) => v.setUint32(0, 1, true))).toThrow('not an article pack');
    expect(variant((v) => v.setUint32(4, 9, true))).toThrow('another version');
    expect(variant((v) => v.setUint32(8, 4e9, true))).toThrow('its table runs past its end');
    expect(variant((v) => v.setUint32(12, 1e6, true))).toThrow('article 0 is out of range');
    expect(variant((_, b) => void (b[b.length - 1] = 0xff))).toThrow('article 1 is not UTF-8');
    expect(variant((_, b) => new Uint8Array([...b, 0x20]))).toThrow('bytes left after its last article');
  });
});
