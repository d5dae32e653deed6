import { LittleEndian, ZimError, readRange, type ByteSource } from './byte-source';

/** Pointers read per page: 4 KB of 64-bit pointers, one read for 512 neighbouring lookups. */
const PAGE = 512;
/** Pages kept: 256 pages of 64-bit pointers are 1 MB, whatever the size of the file. */
const MAX_PAGES = 256;

/**
 * One of a ZIM file's lists of fixed-width integers (entry offsets, cluster offsets, title order), read lazily
 * a page at a time and kept in a bounded cache, so a list of millions of entries is never read whole.
 */
export class PointerList {
  private readonly pages = new Map<number, Promise<LittleEndian>>();

  constructor(
    private readonly source: ByteSource,
    private readonly position: number,
    /** How many integers the list holds. */
    readonly count: number,
    private readonly width: 4 | 8,
    private readonly what: string,
  ) {}

  /** The integer at `index`; rejects for an index outside the list. */
  async get(index: number): Promise<number> {
    if (!Number.isInteger(index) || index < 0 || index >= this.count)
      throw new ZimError(`the ${this.what} has no item ${index} (it has ${this.count})`);
    const page = Math.floor(index / PAGE);
    const le = await this.page(page);
    const at = (index - page * PAGE) * this.width;
    return this.width === 8 ? le.u64(at) : le.u32(at);
  }

  private page(page: number): Promise<LittleEndian> {
    let pending = this.pages.get(page);
    if (pending !== undefined) {
      this.pages.delete(page);
      this.pages.set(page, pending);
      return pending;
    }
    const first = page * PAGE;
    const length = Math.min(PAGE, this.count - first) * this.width;
    pending = readRange(this.source, this.position + first * this.width, length, this.what).then(
      (bytes) => new LittleEndian(bytes),
    );
    // A failed read is not kept: the next lookup tries again.
    pending.catch(() => this.pages.delete(page));
    this.pages.set(page, pending);
    if (this.pages.size > MAX_PAGES) this.pages.delete(this.pages.keys().next().value!);
    return pending;
  }
}
