// A small ZIM writer for test fixtures only: zimwriterfs (the reference writer) makes files of the current format
// alone, and the reader must also be checked on the older namespaces, xz clusters and extended (64-bit) clusters
// that real libraries still carry. zimdump, the reference reader, then checks every file this writes.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';

/** One entry to write: content in a cluster, or a redirect to another entry's namespace and path. */
export type FixtureEntry =
  | {
      namespace: string;
      path: string;
      title?: string;
      mimeType: string;
      content: Uint8Array;
      cluster: number;
    }
  | { namespace: string; path: string; title?: string; redirectTo: { namespace: string; path: string } };

/** How one cluster is stored. */
export interface FixtureCluster {
  compression: 'none' | 'xz' | 'zstd';
  extended: boolean;
}

/** What to write: the format version, the entries, the clusters, and the main page. */
export interface FixtureSpec {
  major: 5 | 6;
  minor: number;
  uuid: Uint8Array;
  entries: FixtureEntry[];
  clusters: FixtureCluster[];
  mainPage?: { namespace: string; path: string };
}

const COMPRESSION_CODE = { none: 1, xz: 4, zstd: 5 } as const;
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const keyOf = (e: { namespace: string; path: string }): Buffer => utf8(e.namespace + e.path);

/** Writes a complete ZIM file, checksum included, from `spec`. */
export function writeZim(spec: FixtureSpec): Buffer {
  const entries = [...spec.entries].sort((a, b) => Buffer.compare(keyOf(a), keyOf(b)));
  const indexOf = new Map(entries.map((e, i) => [keyOf(e).toString('binary'), i]));
  const mimeTypes = [...new Set(entries.flatMap((e) => ('mimeType' in e ? [e.mimeType] : [])))].sort();
  const blobs = spec.clusters.map(() => [] as Uint8Array[]);
  const blobOf = new Map<FixtureEntry, number>();
  for (const entry of entries)
    if ('content' in entry) {
      blobOf.set(entry, blobs[entry.cluster]!.length);
      blobs[entry.cluster]!.push(entry.content);
    }

  const dirents = entries.map((entry) => {
    const strings = Buffer.concat([
      utf8(entry.path),
      Buffer.from([0]),
      utf8(entry.title ?? ''),
      Buffer.from([0]),
    ]);
    if ('redirectTo' in entry) {
      const fixed = Buffer.alloc(12);
      fixed.writeUInt16LE(0xffff, 0);
      fixed.write(entry.namespace, 3, 'latin1');
      fixed.writeUInt32LE(indexOf.get(keyOf(entry.redirectTo).toString('binary'))!, 8);
      return Buffer.concat([fixed, strings]);
    }
    const fixed = Buffer.alloc(16);
    fixed.writeUInt16LE(mimeTypes.indexOf(entry.mimeType), 0);
    fixed.write(entry.namespace, 3, 'latin1');
    fixed.writeUInt32LE(entry.cluster, 8);
    fixed.writeUInt32LE(blobOf.get(entry)!, 12);
    return Buffer.concat([fixed, strings]);
  });
  const clusters = spec.clusters.map((c, i) => packCluster(c, blobs[i]!));

  const mimeList = Buffer.concat([
    ...mimeTypes.map((m) => Buffer.concat([utf8(m), Buffer.from([0])])),
    Buffer.from([0]),
  ]);
  const n = entries.length;
  const mimeListPos = 80;
  const pathPtrPos = mimeListPos + mimeList.length;
  const titlePtrPos = pathPtrPos + 8 * n;
  let at = titlePtrPos + 4 * n;
  const direntPos = dirents.map((d) => ((at += d.length), at - d.length));
  const clusterPtrPos = at;
  at += 8 * clusters.length;
  const clusterPos = clusters.map((c) => ((at += c.length), at - c.length));
  const checksumPos = at;

  const header = Buffer.alloc(80);
  header.writeUInt32LE(72173914, 0);
  header.writeUInt16LE(spec.major, 4);
  header.writeUInt16LE(spec.minor, 6);
  Buffer.from(spec.uuid).copy(header, 8);
  header.writeUInt32LE(n, 24);
  header.writeUInt32LE(clusters.length, 28);
  header.writeBigUInt64LE(BigInt(pathPtrPos), 32);
  header.writeBigUInt64LE(BigInt(titlePtrPos), 40);
  header.writeBigUInt64LE(BigInt(clusterPtrPos), 48);
  header.writeBigUInt64LE(BigInt(mimeListPos), 56);
  header.writeUInt32LE(
    spec.mainPage ? indexOf.get(keyOf(spec.mainPage).toString('binary'))! : 0xffffffff,
    64,
  );
  header.writeUInt32LE(0xffffffff, 68);
  header.writeBigUInt64LE(BigInt(checksumPos), 72);

  const pathPtrs = Buffer.alloc(8 * n);
  direntPos.forEach((p, i) => pathPtrs.writeBigUInt64LE(BigInt(p), 8 * i));
  const byTitle = entries
    .map((e, i) => ({ key: utf8(e.namespace + (e.title || e.path)), i }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const titlePtrs = Buffer.alloc(4 * n);
  byTitle.forEach(({ i }, k) => titlePtrs.writeUInt32LE(i, 4 * k));
  const clusterPtrs = Buffer.alloc(8 * clusters.length);
  clusterPos.forEach((p, i) => clusterPtrs.writeBigUInt64LE(BigInt(p), 8 * i));

  const body = Buffer.concat([header, mimeList, pathPtrs, titlePtrs, ...dirents, clusterPtrs, ...clusters]);
  return Buffer.concat([body, createHash('md5').update(body).digest()]);
}

// A cluster: its info byte, then (compressed or not) the blob offsets and the blobs.
function packCluster(cluster: FixtureCluster, blobs: Uint8Array[]): Buffer {
  const width = cluster.extended ? 8 : 4;
  const offsets = Buffer.alloc(width * (blobs.length + 1));
  let at = offsets.length;
  blobs.forEach((blob, i) => {
    write(offsets, i, at, width);
    at += blob.length;
  });
  write(offsets, blobs.length, at, width);
  const raw = Buffer.concat([offsets, ...blobs]);
  const info = COMPRESSION_CODE[cluster.compression] | (cluster.extended ? 0x10 : 0);
  const packed =
    cluster.compression === 'none'
      ? raw
      : execFileSync(cluster.compression === 'xz' ? 'xz' : 'zstd', ['-c', '-q'], { input: raw });
  return Buffer.concat([Buffer.from([info]), packed]);
}

function write(buffer: Buffer, index: number, value: number, width: number): void {
  if (width === 8) buffer.writeBigUInt64LE(BigInt(value), index * 8);
  else buffer.writeUInt32LE(value, index * 4);
}
