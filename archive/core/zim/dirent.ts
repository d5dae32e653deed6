import { LittleEndian, ZimError, readRange, type ByteSource } from './byte-source';

interface DirentBase {
  /** Position in the path-ordered list of entries. */
  index: number;
  /** One character: C, M, W, X in newer files; A, I, M, -, X in older ones. */
  namespace: string;
  path: string;
  /** The title; the path when the file gives none, as libzim does. */
  title: string;
  /** Namespace byte then path bytes, as UTF-8: the order the path list is sorted in. */
  key: Uint8Array;
}

/** One entry of the directory: content in a cluster, a redirect to another entry, or a deleted/link target. */
export type Dirent =
  | (DirentBase & { kind: 'content'; mimeType: number; cluster: number; blob: number })
  | (DirentBase & { kind: 'redirect'; target: number })
  | (DirentBase & { kind: 'deleted' | 'linktarget' });

const REDIRECT = 0xffff;
const LINK_TARGET = 0xfffe;
const DELETED = 0xfffd;
/** First read of an entry; almost every entry fits, and longer ones are read again in full. */
export const FIRST_READ = 512;
/** Longest entry read: path and title together are far shorter in every real file. */
export const MAX_DIRENT = 64 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads the entry stored at `offset`. Fixed fields first, then the NUL-ended path and title; an entry whose
 * strings do not end within MAX_DIRENT bytes is refused rather than read on.
 */
export async function readDirent(
  source: ByteSource,
  offset: number,
  index: number,
  mimeCount: number,
): Promise<Dirent> {
  let length = Math.min(FIRST_READ, source.size - offset);
  for (;;) {
    const bytes = await readRange(source, offset, length, `entry ${index}`);
    const parsed = parseDirent(bytes, index, mimeCount);
    if (parsed !== undefined) return parsed;
    if (length >= MAX_DIRENT || offset + length >= source.size)
      throw new ZimError(`entry ${index} has a path or title that never ends`);
    length = Math.min(MAX_DIRENT, length * 8, source.size - offset);
  }
}

/** Parses an entry from its bytes; undefined when they stop before its title ends (read more and retry). */
export function parseDirent(bytes: Uint8Array, index: number, mimeCount: number): Dirent | undefined {
  if (bytes.length < 8) return undefined;
  const le = new LittleEndian(bytes);
  const mimeType = le.u16(0);
  const namespace = String.fromCharCode(le.u8(3));
  let at: number;
  let fields:
    | { kind: 'content'; mimeType: number; cluster: number; blob: number }
    | { kind: 'redirect'; target: number }
    | { kind: 'deleted' | 'linktarget' };
  if (mimeType === REDIRECT) {
    if (bytes.length < 12) return undefined;
    fields = { kind: 'redirect', target: le.u32(8) };
    at = 12;
  } else if (mimeType === LINK_TARGET || mimeType === DELETED) {
    fields = { kind: mimeType === DELETED ? 'deleted' : 'linktarget' };
    at = 8;
  } else {
    if (mimeType >= mimeCount) throw new ZimError(`entry ${index} names a content type that is not listed`);
    if (bytes.length < 16) return undefined;
    fields = { kind: 'content', mimeType, cluster: le.u32(8), blob: le.u32(12) };
    at = 16;
  }
  const pathEnd = bytes.indexOf(0, at);
  if (pathEnd < 0) return undefined;
  const titleEnd = bytes.indexOf(0, pathEnd + 1);
  if (titleEnd < 0) return undefined;
  const pathBytes = bytes.subarray(at, pathEnd);
  const path = decoder.decode(pathBytes);
  const title = decoder.decode(bytes.subarray(pathEnd + 1, titleEnd)) || path;
  const key = new Uint8Array(pathBytes.length + 1);
  key[0] = le.u8(3);
  key.set(pathBytes, 1);
  return { index, namespace, path, title, key, ...fields };
}

/** Compares two namespace-and-path keys byte by byte, the order of the file's path list. */
export function compareKeys(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
