import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isZimPath, parseZimArticleId, zimArticleId } from './zim-ids';

describe('ZIM article ids', () => {
  it('name the library and the page, and read back as both for any path', () => {
    const uuid = 'ab'.repeat(16);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (path) => {
        expect(parseZimArticleId(zimArticleId(uuid, path))).toEqual({ uuid, path });
      }),
    );
    expect(parseZimArticleId('imported-notes-1a2b3c4d')).toBeUndefined();
    expect(parseZimArticleId('zim:short/page')).toBeUndefined();
  });

  it('tell ZIM files from files to import by their extension', () => {
    expect(isZimPath('wikipedia_en_all.ZIM')).toBe(true);
    expect(isZimPath('notes.zim.txt')).toBe(false);
  });
});
