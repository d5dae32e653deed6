import { PackedArticles } from '../articles/packed-articles';
import { decompressZstd } from '../zim/decompress';

/**
 * The articles of a built archive, read with `readBytes` (a file of its data folder by its path in it) from zstd
 * packs decoded with fzstd: a 256 KB pack decodes in about a millisecond, so the page, the search worker and the
 * tools read them alike, without WebAssembly.
 */
export function builtArticles(readBytes: (path: string) => Promise<Uint8Array>): PackedArticles {
  return new PackedArticles({ bytes: readBytes, decompress: decompressZstd });
}
