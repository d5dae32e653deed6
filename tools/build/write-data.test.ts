import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataManifest } from '../../archive/core/articles/data-files';
import { manifestChunks } from './write-data';

const meta = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    title: fc.string({ unit: 'grapheme' }),
    source: fc.string(),
    date: fc.constant('2021-03-03'),
    words: fc.nat(),
    excerpt: fc.string({ unit: 'binary' }),
  },
  { requiredKeys: ['id', 'title', 'source'] },
);

describe('manifestChunks', () => {
  it('writes exactly the manifest’s JSON, in pieces, whatever its articles', () => {
    fc.assert(
      fc.property(fc.array(meta, { maxLength: 30 }), (articles) => {
        const manifest: DataManifest = {
          version: 2,
          articles,
          segments: [{ index: 'search/segment-0.bin', positions: 'search/segment-0.pos.bin' }],
        };
        expect([...manifestChunks(manifest)].join('')).toBe(JSON.stringify(manifest));
      }),
    );
  });

  it('writes a large manifest as many pieces, none holding every article', () => {
    const articles = Array.from({ length: 25_000 }, (_, i) => ({
      id: `a${i}`,
      title: `T ${i}`,
      source: 'S',
    }));
    const manifest: DataManifest = { version: 2, articles, segments: [] };
    const pieces = [...manifestChunks(manifest)];
    expect(pieces.length).toBe(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(JSON.stringify(manifest).length / 2);
    expect(JSON.parse(pieces.join(''))).toEqual(manifest);
  });
});
