/**
 * Where a ZIM file's bytes come from: a file read in place by ranges (the main process's reads of a picked
 * file, a browser File's slices), or bytes in memory for tests. A ZIM is never read whole.
 */
export interface ByteSource {
  /** The file's length in bytes. */
  readonly size: number;
  /** Resolves with exactly `length` bytes from `offset`; rejects if the range is not inside the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Why a ZIM file cannot be read: a plain sentence for the user, never a stack trace. */
export class ZimError extends Error {
  override readonly name = 'ZimError';
}

/** A byte source over bytes in memory (tests, and small files already read). */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read(offset, length) {
      if (!inFile(offset, length, bytes.length))
        return Promise.reject(new ZimError(`the file ends before byte ${offset + length}`));
      return Promise.resolve(bytes.subarray(offset, offset + length));
    },
  };
}

/** Whether [offset, offset + length) is a well-formed range inside a file of `size` bytes. */
export function inFile(offset: number, length: number, size: number): boolean {
  return (
    Number.isSafeInteger(offset) &&
    Number.isSafeInteger(length) &&
    offset >= 0 &&
    length >= 0 &&
    offset + length <= size
  );
}

/** Reads a range after checking it lies inside the source, so a damaged pointer fails with a clear message. */
export async function readRange(
  source: ByteSource,
  offset: number,
  length: number,
  what: string,
): Promise<Uint8Array> {
  if (!inFile(offset, length, source.size))
    throw new ZimError(`the ${what} points outside the file (byte ${offset} of ${source.size})`);
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw new ZimError(`the file ended while reading the ${what}`);
  return bytes;
}

/** Little-endian integer readers over a byte array; 64-bit values must fit in a JavaScript number. */
export class LittleEndian {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The unsigned 8-bit value at `at`. */
  u8(at: number): number {
    return this.view.getUint8(at);
  }

  /** The unsigned 16-bit value at `at`. */
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  /** The unsigned 32-bit value at `at`. */
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  /** The unsigned 64-bit value at `at`, refused when it is beyond 2^53 (no real file is that large). */
  u64(at: number): number {
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZimError('a 64-bit offset is impossibly large');
    return Number(value);
  }
}
