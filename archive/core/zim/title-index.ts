import { ZimError } from './byte-source';
import { compareKeys, type Dirent } from './dirent';
import type { PointerList } from './pointer-list';
import type { ZimArchive } from './zim-archive';

const encoder = new TextEncoder();

/**
 * The file's articles in title order, from its own title index: the front-article listing of newer files
 * (X/listing/titleOrdered/v1), or the A namespace's part of the header's title list in older ones. Read by
 * ranges, so an A-Z list of millions of titles shows its first screen at once.
 */
export class TitleIndex {
  private constructor(
    private readonly zim: ZimArchive,
    private readonly list: PointerList,
    /** Where the articles start in `list`. */
    private readonly first: number,
    /** How many articles the index holds: the file's article count. */
    readonly count: number,
  ) {}

  /** Finds the file's title index. */
  static async open(zim: ZimArchive): Promise<TitleIndex> {
    if (zim.header.newNamespaces) {
      for (const version of ['v1', 'v0']) {
        const listing = await zim.findByPath('X', `listing/titleOrdered/${version}`);
        const content = listing && (await zim.resolve(listing));
        if (content) {
          const list = await zim.indexList(content);
          return new TitleIndex(zim, list, 0, list.count);
        }
      }
    }
    const list = zim.headerTitleList();
    const namespace = zim.contentNamespace;
    // The header's list is ordered by namespace first: the articles are one run of it.
    const start = await lowerBound(list.count, async (i) => nsOf(await entry(zim, list, i)) < namespace);
    const end = await lowerBound(list.count, async (i) => nsOf(await entry(zim, list, i)) <= namespace);
    return new TitleIndex(zim, list, start, end - start);
  }

  /** The article at `position` (0 to count - 1) in title order. */
  async at(position: number): Promise<Dirent> {
    if (!Number.isInteger(position) || position < 0 || position >= this.count)
      throw new ZimError(`the title index has no position ${position}`);
    return entry(this.zim, this.list, this.first + position);
  }

  /** The articles at positions `from` to `to` (exclusive) in title order, read together. */
  async range(from: number, to: number): Promise<Dirent[]> {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > this.count || from > to)
      throw new ZimError(`the title index has no positions ${from} to ${to}`);
    const positions = Array.from({ length: to - from }, (_, i) => this.first + from + i);
    const indexes = await Promise.all(positions.map((p) => this.list.get(p)));
    if (indexes.some((index) => index >= this.zim.entryCount))
      throw new ZimError('the title index points to an entry that does not exist');
    return this.zim.entriesAt(indexes);
  }

  /** The first position whose title is at or after `title` in the file's order (UTF-8 bytes). */
  async lowerBound(title: string): Promise<number> {
    const key = encoder.encode(title);
    return lowerBound(
      this.count,
      async (i) => compareKeys(encoder.encode((await this.at(i)).title), key) < 0,
    );
  }
}

const nsOf = (d: Dirent): string => d.namespace;

async function entry(zim: ZimArchive, list: PointerList, position: number): Promise<Dirent> {
  const index = await list.get(position);
  if (index >= zim.entryCount) throw new ZimError('the title index points to an entry that does not exist');
  return zim.entryAt(index);
}

// The first i in [0, n) for which `before(i)` is false, assuming it is true then false along the range.
async function lowerBound(n: number, before: (i: number) => Promise<boolean>): Promise<number> {
  let low = 0;
  let high = n;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (await before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
