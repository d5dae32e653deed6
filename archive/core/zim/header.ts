import { LittleEndian, ZimError, readRange, type ByteSource } from './byte-source';

/** The fixed 80-byte header at the start of every ZIM file. */
export interface ZimHeader {
  majorVersion: number;
  minorVersion: number;
  /** The file's UUID as 32 hex digits: how the browser build recognises a file it is given again. */
  uuid: string;
  entryCount: number;
  clusterCount: number;
  pathPtrPos: number;
  titlePtrPos: number;
  clusterPtrPos: number;
  mimeListPos: number;
  /** The main page's entry index; undefined when the file has none. */
  mainPage: number | undefined;
  /** Where the MD5 checksum sits: the end of the last cluster. */
  checksumPos: number;
  /** Whether entries use the namespaces of libzim 7 and later (C, M, W, X) rather than the old A, I, M, -. */
  newNamespaces: boolean;
}

const MAGIC = 72173914;
const HEADER_SIZE = 80;
const NO_PAGE = 0xffffffff;
/** Longest MIME type list read; real files list a few dozen types. */
const MAX_MIME_LIST = 64 * 1024;

/** Reads and checks the header: every list it points to must lie inside the file, in the room its counts need. */
export async function readHeader(source: ByteSource): Promise<ZimHeader> {
  if (source.size < HEADER_SIZE) throw new ZimError('the file is too short to be a ZIM file');
  const le = new LittleEndian(await readRange(source, 0, HEADER_SIZE, 'header'));
  if (le.u32(0) !== MAGIC) throw new ZimError('this is not a ZIM file (its first bytes are not "ZIM")');
  const majorVersion = le.u16(4);
  const minorVersion = le.u16(6);
  if (majorVersion !== 5 && majorVersion !== 6)
    throw new ZimError(`ZIM version ${majorVersion} is not one this app can read (5 and 6 are)`);
  const uuid = [...le.bytes.subarray(8, 24)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const mainPage = le.u32(64);
  const header: ZimHeader = {
    majorVersion,
    minorVersion,
    uuid,
    entryCount: le.u32(24),
    clusterCount: le.u32(28),
    pathPtrPos: le.u64(32),
    titlePtrPos: le.u64(40),
    clusterPtrPos: le.u64(48),
    mimeListPos: le.u64(56),
    mainPage: mainPage === NO_PAGE ? undefined : mainPage,
    checksumPos: le.u64(72),
    newNamespaces: majorVersion === 6 && minorVersion >= 1,
  };
  checkLayout(header, source.size);
  return header;
}

function checkLayout(h: ZimHeader, size: number): void {
  const fits = (pos: number, bytes: number): boolean => pos >= HEADER_SIZE && pos + bytes <= size;
  if (!fits(h.pathPtrPos, h.entryCount * 8)) throw new ZimError('the list of entries lies outside the file');
  if (!fits(h.clusterPtrPos, h.clusterCount * 8))
    throw new ZimError('the list of clusters lies outside the file');
  if (!fits(h.mimeListPos, 1)) throw new ZimError('the list of content types lies outside the file');
  if (h.checksumPos > size || h.checksumPos < HEADER_SIZE)
    throw new ZimError('the checksum position lies outside the file');
  if (h.mainPage !== undefined && h.mainPage >= h.entryCount)
    throw new ZimError('the main page points to an entry that does not exist');
}

/** Reads the list of content types (MIME types) that entries refer to by number. */
export async function readMimeTypes(source: ByteSource, header: ZimHeader): Promise<string[]> {
  const length = Math.min(MAX_MIME_LIST, source.size - header.mimeListPos);
  const bytes = await readRange(source, header.mimeListPos, length, 'list of content types');
  const types: string[] = [];
  const decoder = new TextDecoder();
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i === start) return types; // An empty string ends the list.
    types.push(decoder.decode(bytes.subarray(start, i)));
    start = i + 1;
  }
  throw new ZimError('the list of content types does not end');
}
