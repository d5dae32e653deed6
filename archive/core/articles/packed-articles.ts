import type { Article } from './article';
import { decodePack, parsePackList, PACKS_FILE, MAX_PACK_BYTES, type PackList } from './article-packs';
import { DataFileError, parseArticleData } from './data-files';

/** How a built archive's files are read: the page and the workers fetch them, the benchmarks read the disk. */
export interface PackSource {
  /** The bytes of a file of the data folder, by its path in it. */
  bytes(path: string): Promise<Uint8Array>;
  /**
   * One whole zstd frame decompressed, refusing output past `limit` bytes (zstd is injected: the page decodes
   * with fzstd, the workers may have zstd in WebAssembly, and this layer imports no decoder of its own).
   */
  decompress(bytes: Uint8Array, limit: number): Uint8Array | Promise<Uint8Array>;
}

/** Decoded packs kept, in characters: about 16 packs, so a page of results or a reading session hits the cache. */
const CACHE_CHARS = 4 * 1024 * 1024;

/**
 * The articles of a built archive, read from its packs on demand: the list of packs once, each pack when one of
 * its articles is asked for, recently read packs kept (bounded) so neighbours and repeats are not decoded again.
 */
export class PackedArticles {
  private list: Promise<Map<string, { pack: number; slot: number; path: string }>> | undefined;
  private readonly packs = new Map<number, Promise<string[]>>();
  private readonly sizes = new Map<number, number>();
  private cachedChars = 0;

  constructor(
    private readonly source: PackSource,
    private readonly cacheChars = CACHE_CHARS,
  ) {}

  /** The JSON text of an article; throws DataFileError when the archive has no such article or its pack is damaged. */
  async json(id: string): Promise<string> {
    const where = (await this.locations()).get(id);
    if (where === undefined) throw new DataFileError(`There is no article "${id}" in this archive.`);
    return (await this.pack(where.pack, where.path))[where.slot]!;
  }

  /** An article, checked as every data file is; throws DataFileError naming what is wrong. */
  async article(id: string): Promise<Article> {
    const text = await this.json(id);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DataFileError(`The stored article "${id}" is damaged (not valid JSON); rebuild the app.`);
    }
    return parseArticleData(json);
  }

  private locations(): Promise<Map<string, { pack: number; slot: number; path: string }>> {
    this.list ??= (async () => {
      const bytes = await this.source.bytes(PACKS_FILE);
      let list: PackList;
      try {
        list = parsePackList(JSON.parse(new TextDecoder().decode(bytes)));
      } catch (error) {
        if (error instanceof DataFileError) throw error;
        throw new DataFileError(`${PACKS_FILE} is damaged (not valid JSON); rebuild the app.`);
      }
      const where = new Map<string, { pack: number; slot: number; path: string }>();
      list.packs.forEach(({ path, ids }, pack) =>
        ids.forEach((id, slot) => where.set(id, { pack, slot, path })),
      );
      return where;
    })();
    // A failed read is forgotten, so the next article asked for tries again.
    this.list.catch(() => (this.list = undefined));
    return this.list;
  }

  private pack(pack: number, path: string): Promise<string[]> {
    let texts = this.packs.get(pack);
    if (texts !== undefined) {
      // Most recently used last: the map's order is the eviction order.
      this.packs.delete(pack);
      this.packs.set(pack, texts);
      return texts;
    }
    texts = this.read(path);
    this.packs.set(pack, texts);
    texts.then(
      (read) => this.account(pack, read),
      () => this.packs.delete(pack),
    );
    return texts;
  }

  private async read(path: string): Promise<string[]> {
    const compressed = await this.source.bytes(path);
    let bytes: Uint8Array;
    try {
      bytes = await this.source.decompress(compressed, MAX_PACK_BYTES);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new DataFileError(`${path} could not be decompressed (${why}); rebuild the app`, {
        cause: error,
      });
    }
    return decodePack(bytes, path);
  }

  private account(pack: number, texts: readonly string[]): void {
    if (this.packs.get(pack) === undefined) return;
    const size = texts.reduce((sum, t) => sum + t.length, 0);
    this.sizes.set(pack, size);
    this.cachedChars += size;
    for (const [old] of this.packs) {
      if (this.cachedChars <= this.cacheChars || old === pack) break;
      this.cachedChars -= this.sizes.get(old) ?? 0;
      this.sizes.delete(old);
      this.packs.delete(old);
    }
  }
}
