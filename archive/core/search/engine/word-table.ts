// The build looks up every word of every article in its table of words already analysed. Keyed by strings (a
// Map), each lookup first cut the word out of its text as a new string, hashed it and left it as garbage: at
// 10,000 articles a third of the build's time went to cutting, hashing and collecting. This table is looked up by
// the span of text itself and makes a string only for a word it has not seen. Hand-written: no package looks up
// a string's span without slicing it.

const EMPTY = -1;

/** Values by word, looked up by a span of a text without cutting the span out; a word is stored once, on insert. */
export class WordTable<V> {
  private keys: string[] = [];
  private values: V[] = [];
  private hashes: Int32Array;
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 1 << 12) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.slots = new Int32Array(size).fill(EMPTY);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Words stored. */
  get size(): number {
    return this.keys.length;
  }

  /** The value stored for `text.slice(start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashSpan(text, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return undefined;
      if (this.hashes[slot] === hash && sameSpan(this.keys[entry]!, text, start, end))
        return this.values[entry];
    }
  }

  /** Stores a value for a word not stored yet. */
  add(word: string, value: V): void {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.place(hashSpan(word, 0, word.length), this.keys.length);
    this.keys.push(word);
    this.values.push(value);
  }

  private place(hash: number, entry: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const old = { slots: this.slots, hashes: this.hashes };
    this.slots = new Int32Array(old.slots.length * 2).fill(EMPTY);
    this.hashes = new Int32Array(old.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let slot = 0; slot < old.slots.length; slot++) {
      if (old.slots[slot] !== EMPTY) this.place(old.hashes[slot]!, old.slots[slot]!);
    }
  }
}

// FNV-1a over the span's UTF-16 code units.
function hashSpan(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function sameSpan(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
