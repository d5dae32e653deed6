import type { ArticleMeta } from '../../articles/article';

/** Raised when a segment file is damaged, truncated or from another version; the message says which. */
export class SegmentFormatError extends Error {
  override name = 'SegmentFormatError';
}

/** File version written and read; a file of another version is refused with a message to rebuild. */
const SEGMENT_FORMAT_VERSION = 1;

/** The two files of a segment: magic numbers at their start tell them apart. */
export const INDEX_MAGIC = 0x58534741; // "AGSX" read little-endian
/** Magic number of a positions file. */
export const POSITIONS_MAGIC = 0x50534741; // "AGSP"

/** Named byte ranges of a file, each starting on a 4-byte boundary so typed arrays can view them in place. */
export type Sections = Record<string, [offset: number, length: number]>;

/** The JSON header of an index file: what the binary sections hold and the statistics scoring needs. */
export interface IndexHeader {
  fields: string[];
  docCount: number;
  termCount: number;
  /** Sum of every document's length (in terms) per field, for Lunr's average field length. */
  totalFieldLength: number[];
  /** Metadata of each document, in the order the postings number them. */
  docs: ArticleMeta[];
  /** The language the words were analysed in; absent for English (and in segments made before languages). */
  language?: string;
  sections: Sections;
}

/** The JSON header of a positions file. */
export interface PositionsHeader {
  fields: string[];
  termCount: number;
  sections: Sections;
}

const PREFIX_BYTES = 12;

/**
 * Lays out a file as the chunks to write one after the other: magic, version, header length and JSON header, then
 * each section 4-byte aligned. A large segment is written chunk by chunk, never copied into one array.
 */
export function containerChunks(
  magic: number,
  header: Omit<IndexHeader, 'sections'> | Omit<PositionsHeader, 'sections'>,
  parts: Record<string, Uint8Array>,
): Uint8Array[] {
  const sections: Sections = {};
  let at = 0;
  for (const [name, bytes] of Object.entries(parts)) {
    sections[name] = [at, bytes.length];
    at = align(at + bytes.length);
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, sections }));
  const head = new Uint8Array(align(PREFIX_BYTES + json.length));
  const view = new DataView(head.buffer);
  view.setUint32(0, magic, true);
  view.setUint32(4, SEGMENT_FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  head.set(json, PREFIX_BYTES);
  const chunks: Uint8Array[] = [head];
  for (const bytes of Object.values(parts)) {
    chunks.push(bytes);
    const padding = align(bytes.length) - bytes.length;
    if (padding > 0) chunks.push(new Uint8Array(padding));
  }
  return chunks;
}

/** Lays out a file in one array: the chunks of `containerChunks`, joined. */
export function writeContainer(
  magic: number,
  header: Omit<IndexHeader, 'sections'> | Omit<PositionsHeader, 'sections'>,
  parts: Record<string, Uint8Array>,
): Uint8Array {
  return joinChunks(containerChunks(magic, header, parts));
}

/** The chunks of a file in one array. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A file read back: its parsed header and a way to view each section without copying. */
export interface Container<H> {
  header: H;
  bytes(name: string): Uint8Array;
  uint32(name: string): Uint32Array;
}

/** Reads a file written by `writeContainer`; throws SegmentFormatError when it is not one, or is cut short. */
export function readContainer<H extends { sections: Sections }>(
  data: ArrayBuffer | Uint8Array,
  magic: number,
  what: string,
): Container<H> {
  // Typed arrays need their offset aligned to their element size; a copy realigns a misaligned view.
  const bytes =
    data instanceof Uint8Array ? (data.byteOffset % 4 === 0 ? data : data.slice()) : new Uint8Array(data);
  if (bytes.length < PREFIX_BYTES) throw new SegmentFormatError(`${what} is empty or cut short`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== magic) throw new SegmentFormatError(`${what} is not an Airgap search file`);
  const version = view.getUint32(4, true);
  if (version !== SEGMENT_FORMAT_VERSION) {
    throw new SegmentFormatError(
      `${what} is version ${version}; this app reads version ${SEGMENT_FORMAT_VERSION}`,
    );
  }
  const jsonLength = view.getUint32(8, true);
  if (PREFIX_BYTES + jsonLength > bytes.length) throw new SegmentFormatError(`${what} is cut short`);
  let header: H;
  try {
    header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + jsonLength)),
    ) as H;
  } catch {
    throw new SegmentFormatError(`${what} has a damaged header`);
  }
  if (typeof header !== 'object' || header === null || typeof header.sections !== 'object') {
    throw new SegmentFormatError(`${what} has a damaged header`);
  }
  const bodyStart = align(PREFIX_BYTES + jsonLength);
  const section = (name: string): [number, number] => {
    const range = header.sections[name];
    if (!Array.isArray(range) || !range.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new SegmentFormatError(`${what} lacks its ${name} section`);
    }
    const [offset, length] = range;
    if (bodyStart + offset + length > bytes.length) throw new SegmentFormatError(`${what} is cut short`);
    return [bytes.byteOffset + bodyStart + offset, length];
  };
  return {
    header,
    bytes: (name) => new Uint8Array(bytes.buffer, ...section(name)),
    uint32: (name) => {
      const [offset, length] = section(name);
      if (length % 4 !== 0) throw new SegmentFormatError(`${what}: section ${name} is misaligned`);
      return new Uint32Array(bytes.buffer, offset, length / 4);
    },
  };
}

function align(n: number): number {
  return (n + 3) & ~3;
}
