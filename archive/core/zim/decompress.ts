import { Decompress as ZstdStream, decompress as zstdDecompress } from 'fzstd';
import * as xzModule from 'xz-decompress';
import { ZimError } from './byte-source';

// xz-decompress is a CommonJS bundle: bundlers and Vitest expose its named export, while Node's own ESM loader
// (the build and benchmarks, run with tsx) puts it under `default` only.
const { XzReadableStream } =
  (xzModule as { default?: typeof xzModule }).default ?? (xzModule as typeof xzModule);

/** Largest cluster accepted once decompressed; real clusters hold 1-2 MB, so this leaves room and stops bombs. */
export const MAX_CLUSTER_BYTES = 128 * 1024 * 1024;

/** How a cluster's content is stored, from the low four bits of its first byte. */
export type Compression = 'none' | 'xz' | 'zstd';

/** Reads the compression from a cluster's info byte; refuses the long-obsolete zlib and bzip2 clusters. */
export function compressionOf(info: number, cluster: number): Compression {
  switch (info & 0x0f) {
    case 0:
    case 1:
      return 'none';
    case 4:
      return 'xz';
    case 5:
      return 'zstd';
    case 2:
    case 3:
      throw new ZimError(`cluster ${cluster} uses zlib or bzip2, which no ZIM written since 2010 uses`);
    default:
      throw new ZimError(`cluster ${cluster} uses an unknown compression (${info & 0x0f})`);
  }
}

/** Decompresses a cluster's bytes (after its info byte), refusing output beyond MAX_CLUSTER_BYTES. */
export async function decompress(
  kind: 'xz' | 'zstd',
  bytes: Uint8Array,
  cluster: number,
): Promise<Uint8Array> {
  try {
    return kind === 'zstd' ? decompressZstd(bytes) : await decompressXz(bytes);
  } catch (error) {
    if (error instanceof ZimError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ZimError(`cluster ${cluster} could not be decompressed (${detail})`, { cause: error });
  }
}

/**
 * Decompresses one whole zstd frame with fzstd, refusing output beyond `limit` bytes (a ZIM cluster's cap by
 * default; the article packs of a built archive have their own).
 */
export function decompressZstd(bytes: Uint8Array, limit = MAX_CLUSTER_BYTES): Uint8Array {
  // fzstd allocates the size a frame header declares (and its window) before decoding; both are checked
  // first, by hand, since the library has no limit of its own and a hostile header could ask for gigabytes.
  const declared = zstdContentSize(bytes);
  if (declared !== undefined && declared > limit) throw tooLarge(limit);
  if ((zstdWindowSize(bytes) ?? 0) > limit) throw tooLarge(limit);
  const out = zstdDecompress(bytes);
  if (out.length > limit) throw tooLarge(limit);
  return out;
}

/** How much of a frame is handed to the streaming decoder between two looks at its output: a 32nd, at least 1 KB. */
const zstdStep = (length: number): number => Math.max(1024, Math.ceil(length / 32));

/**
 * Decompresses a zstd cluster only as far as `enough` asks (it is shown the output so far): a blob near the
 * start of a 4 MB cluster needs only its first blocks, and decoding in JavaScript costs about 10 ms a megabyte.
 * Returns the output, and whether it is the whole cluster. Refuses output beyond MAX_CLUSTER_BYTES.
 */
export function decompressZstdPrefix(
  bytes: Uint8Array,
  cluster: number,
  enough: (prefix: Uint8Array) => boolean,
): { data: Uint8Array; complete: boolean } {
  const declared = zstdContentSize(bytes);
  if (declared !== undefined && declared > MAX_CLUSTER_BYTES) throw tooLarge();
  if ((zstdWindowSize(bytes) ?? 0) > MAX_CLUSTER_BYTES) throw tooLarge();
  let out = new Uint8Array(Math.min(declared ?? 1 << 20, MAX_CLUSTER_BYTES) || 1 << 16);
  let length = 0;
  const stream = new ZstdStream((chunk) => {
    if (length + chunk.length > MAX_CLUSTER_BYTES) throw tooLarge();
    if (length + chunk.length > out.length) {
      const grown = new Uint8Array(
        Math.min(MAX_CLUSTER_BYTES, Math.max(out.length * 2, length + chunk.length)),
      );
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    const step = zstdStep(bytes.length);
    for (let at = 0; at < bytes.length; at += step) {
      const last = at + step >= bytes.length;
      stream.push(bytes.subarray(at, at + step), last);
      // Copied out: a view would keep the whole output buffer alive while the cache counts only the view.
      if (!last && enough(out.subarray(0, length))) return { data: out.slice(0, length), complete: false };
    }
  } catch (error) {
    if (error instanceof ZimError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ZimError(`cluster ${cluster} could not be decompressed (${detail})`, { cause: error });
  }
  return { data: length === out.length ? out : out.slice(0, length), complete: true };
}

/**
 * The window size a zstd frame header asks the decoder to allocate (RFC 8878, 3.1.1.1.2), when it states one
 * apart from the content size; undefined otherwise.
 */
export function zstdWindowSize(bytes: Uint8Array): number | undefined {
  if (bytes.length < 6) return undefined;
  const magic = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  if (magic !== 0xfd2fb528) return undefined;
  const descriptor = bytes[4]!;
  if ((descriptor >> 5) & 1) return undefined; // Single segment: the window is the content size, checked apart.
  const window = bytes[5]!;
  const base = 2 ** (10 + (window >> 3));
  return base + (base / 8) * (window & 7);
}

/** The content size a zstd frame header declares (RFC 8878, 3.1.1.1), if it declares one. */
export function zstdContentSize(bytes: Uint8Array): number | undefined {
  if (bytes.length < 6) return undefined;
  const magic = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
  if (magic !== 0xfd2fb528) return undefined;
  const descriptor = bytes[4]!;
  const singleSegment = (descriptor >> 5) & 1;
  const fieldSize = [singleSegment ? 1 : 0, 2, 4, 8][descriptor >> 6]!;
  if (fieldSize === 0) return undefined;
  const at = 5 + (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 3]!;
  if (at + fieldSize > bytes.length) return undefined;
  let value = 0;
  for (let i = fieldSize - 1; i >= 0; i--) value = value * 256 + bytes[at + i]!;
  return fieldSize === 2 ? value + 256 : value;
}

async function decompressXz(bytes: Uint8Array): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = new XzReadableStream(input).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_CLUSTER_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const tooLarge = (limit = MAX_CLUSTER_BYTES): ZimError =>
  new ZimError(`a cluster would decompress to more than ${limit / 1024 / 1024} MB`);
