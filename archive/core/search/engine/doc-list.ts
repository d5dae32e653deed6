/** A list of document numbers, filled in the order they are first met, emptied for the next use. */
export class DocList {
  readonly docs: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.docs = new Int32Array(capacity);
  }

  /** Adds a document; the caller adds each at most once per use (its own flag says whether it did). */
  push(doc: number): void {
    this.docs[this.length++] = doc;
  }
}
