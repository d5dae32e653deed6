// Hand-written rather than a library: LEB128 varints are a few lines, and postings decoding is the hot loop of
// every query, so it must stay a plain loop over a Uint8Array.

/** A growable byte buffer that appends unsigned LEB128 varints; postings and positions are written with it. */
export class ByteWriter {
  private bytes: Uint8Array;
  /** Bytes written so far. */
  length = 0;

  constructor(capacity = 16) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Appends a non-negative integer below 2^32 as a varint. */
  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** Appends raw bytes. */
  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.bytes.length) this.grow(this.length + chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }

  /** The bytes written, as a view (not a copy) of the buffer. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const next = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

/** A cursor reading varints from bytes; `at` is the offset of the next byte. */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  /** Reads one varint written by `ByteWriter.varint`. */
  varint(): number {
    const bytes = this.bytes;
    let byte = bytes[this.at++]!;
    let value = byte & 0x7f;
    let shift = 7;
    while (byte >= 0x80) {
      byte = bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    return value;
  }

  /** Moves past `count` varints without decoding them. */
  skipVarints(count: number): void {
    const bytes = this.bytes;
    for (let left = count; left > 0; left--) while (bytes[this.at++]! >= 0x80);
  }
}
