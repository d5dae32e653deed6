import { memorySource, readRange, ZimError, type ByteSource } from './byte-source';
import { ClusterReader, DEFAULT_CACHE_BYTES } from './cluster';
import { compareKeys, FIRST_READ, MAX_DIRENT, parseDirent, readDirent, type Dirent } from './dirent';
import { readHeader, readMimeTypes, type ZimHeader } from './header';
import { PointerList } from './pointer-list';

/** An entry with content, after redirects are followed. */
export type ContentEntry = Extract<Dirent, { kind: 'content' }>;

/** Redirects followed before giving up: real files chain one or two; a loop must not hang the reader. */
const MAX_REDIRECTS = 32;
/** Entries kept after reading: the binary searches of one lookup revisit the same few near the top. */
const MAX_CACHED_DIRENTS = 4096;
/** Most bytes one read of neighbouring entries spans, and the widest gap between two entries it bridges. */
const SPAN_BYTES = 1 << 20;
const SPAN_GAP = 16 * 1024;

const encoder = new TextEncoder();

/**
 * A ZIM file read in place over a byte source: header, content types, the path-ordered entries (binary search
 * by path), redirects, blobs from clusters (none, xz, zstd, extended), with a bounded cluster cache. Both the
 * older namespaces (A, I, M, -) and the newer ones (C, M, W, X) are read. Every pointer is checked against the
 * file, so a damaged or hostile file fails with a ZimError that says what is wrong, never a hang or a crash.
 */
export class ZimArchive {
  private readonly dirents = new Map<number, Promise<Dirent>>();

  private constructor(
    private readonly source: ByteSource,
    /** The file's header, as read. */
    readonly header: ZimHeader,
    /** The content types entries refer to by number. */
    readonly mimeTypes: readonly string[],
    private readonly paths: PointerList,
    private readonly clusters: ClusterReader,
  ) {}

  /** Opens a ZIM file: reads its header and content types, nothing more. */
  static async open(source: ByteSource, options: { cacheBytes?: number } = {}): Promise<ZimArchive> {
    const header = await readHeader(source);
    const mimeTypes = await readMimeTypes(source, header);
    const paths = new PointerList(source, header.pathPtrPos, header.entryCount, 8, 'list of entries');
    const clusterList = new PointerList(
      source,
      header.clusterPtrPos,
      header.clusterCount,
      8,
      'list of clusters',
    );
    const clusters = new ClusterReader(
      source,
      clusterList,
      header.checksumPos,
      options.cacheBytes ?? DEFAULT_CACHE_BYTES,
    );
    return new ZimArchive(source, header, mimeTypes, paths, clusters);
  }

  /** How many entries the file holds, of every namespace and kind. */
  get entryCount(): number {
    return this.header.entryCount;
  }

  /** The namespace of the file's articles and their resources: C in newer files, A in older ones. */
  get contentNamespace(): 'C' | 'A' {
    return this.header.newNamespaces ? 'C' : 'A';
  }

  /** The entry at `index` of the path-ordered list. */
  entryAt(index: number): Promise<Dirent> {
    let pending = this.dirents.get(index);
    if (pending === undefined) {
      pending = this.paths
        .get(index)
        .then((offset) => readDirent(this.source, offset, index, this.mimeTypes.length));
      pending.catch(() => this.dirents.delete(index));
      if (this.dirents.size >= MAX_CACHED_DIRENTS) this.dirents.delete(this.dirents.keys().next().value!);
      this.dirents.set(index, pending);
    }
    return pending;
  }

  /**
   * The entries at `indexes` of the path-ordered list, in the order asked, read together: entries lie side by
   * side in the file, so neighbours come from one read of up to SPAN_BYTES instead of one read each (listing a
   * library's 10,000 pages one read at a time took seconds in the browser, where each read is a File slice).
   */
  async entriesAt(indexes: readonly number[]): Promise<Dirent[]> {
    const offsets = await Promise.all(indexes.map((index) => this.paths.get(index)));
    const order = indexes.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
    const out = new Array<Dirent>(indexes.length);
    for (let first = 0; first < order.length;) {
      const start = offsets[order[first]!]!;
      let last = first;
      while (
        last + 1 < order.length &&
        offsets[order[last + 1]!]! - offsets[order[last]!]! <= SPAN_GAP &&
        offsets[order[last + 1]!]! + FIRST_READ - start <= SPAN_BYTES
      )
        last++;
      const end = Math.min(this.source.size, offsets[order[last]!]! + FIRST_READ);
      const span = await readRange(this.source, start, Math.max(0, end - start), 'list of entries');
      for (let k = first; k <= last; k++) {
        const i = order[k]!;
        const index = indexes[i]!;
        // An entry running past the span (a long title at its end) is read on its own, and refused as there if
        // it does not end within MAX_DIRENT bytes.
        const at = offsets[i]! - start;
        out[i] =
          parseDirent(span.subarray(at, at + MAX_DIRENT), index, this.mimeTypes.length) ??
          (await readDirent(this.source, offsets[i]!, index, this.mimeTypes.length));
      }
      first = last + 1;
    }
    return out;
  }

  /** The entry with this namespace and path, or undefined; a binary search over the path-ordered list. */
  async findByPath(namespace: string, path: string): Promise<Dirent | undefined> {
    const key = encoder.encode(namespace + path);
    let low = 0;
    let high = this.entryCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const entry = await this.entryAt(middle);
      const order = compareKeys(entry.key, key);
      if (order === 0) return entry;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Follows redirects to the entry with content; undefined for a deleted entry or a link target. */
  async resolve(entry: Dirent): Promise<ContentEntry | undefined> {
    let current = entry;
    for (let hops = 0; hops <= MAX_REDIRECTS; hops++) {
      if (current.kind === 'content') return current;
      if (current.kind !== 'redirect') return undefined;
      if (current.target >= this.entryCount)
        throw new ZimError(`“${current.path}” redirects to an entry that does not exist`);
      current = await this.entryAt(current.target);
    }
    throw new ZimError(`“${entry.path}” redirects in a loop`);
  }

  /** The stored bytes of an entry with content, and their content type. */
  async content(entry: ContentEntry): Promise<{ mimeType: string; bytes: Uint8Array }> {
    if (entry.cluster >= this.header.clusterCount)
      throw new ZimError(`“${entry.path}” points to a cluster that does not exist`);
    const bytes = await this.clusters.blob(entry.cluster, entry.blob);
    return { mimeType: this.mimeTypes[entry.mimeType]!, bytes };
  }

  /**
   * An entry whose content is a list of 32-bit entry indices (a title listing), read lazily by ranges when its
   * cluster is uncompressed, as libzim writes listings so that they can be.
   */
  async indexList(entry: ContentEntry): Promise<PointerList> {
    const what = `listing ${entry.path}`;
    const location = await this.clusters.blobLocation(entry.cluster, entry.blob);
    if (location !== undefined)
      return new PointerList(this.source, location.offset, Math.floor(location.length / 4), 4, what);
    const { bytes } = await this.content(entry);
    return new PointerList(memorySource(bytes), 0, Math.floor(bytes.length / 4), 4, what);
  }

  /** The old-format title list of the header: every entry's index, ordered by namespace then title. */
  headerTitleList(): PointerList {
    return new PointerList(this.source, this.header.titlePtrPos, this.entryCount, 4, 'list of titles');
  }

  /** The main page's entry with content, if the file names one. */
  async mainPage(): Promise<ContentEntry | undefined> {
    if (this.header.mainPage !== undefined) return this.resolve(await this.entryAt(this.header.mainPage));
    const named = this.header.newNamespaces ? await this.findByPath('W', 'mainPage') : undefined;
    return named === undefined ? undefined : this.resolve(named);
  }
}
