import { DocList } from './doc-list';

/**
 * Which documents a query allows, from its required and excluded words, counted in arrays kept between queries
 * and cleaned only where a query wrote: a document is allowed when every required word (with its forms) is in
 * one of that word's fields and no excluded word is in any of its fields, as Lunr's query does. Two required
 * words had cost two arrays the size of the archive and three passes over them, whatever the words.
 */
export class DocFilter {
  /** Required words a document holds; a query has at most MAX_QUERY_TERMS (24) words, so a byte holds it. */
  private readonly hits: Uint8Array;
  private readonly stamps: Uint32Array;
  private readonly banned: Uint8Array;
  private readonly allowedDocs: Uint8Array;
  private readonly hitDocs: DocList;
  private readonly bannedDocs: DocList;
  /** The allowed documents, in the order first met, once `allowed` has written them for required words. */
  private readonly allowedFound: DocList;
  private stamp = 0;
  private requiredClauses = 0;
  private empty = false;
  private allowedWritten = false;

  constructor(
    docCount: number,
    /** A shared array of ones, never written: every document allowed. */
    private readonly everyDoc: Uint8Array,
  ) {
    this.hits = new Uint8Array(docCount);
    this.stamps = new Uint32Array(docCount);
    this.banned = new Uint8Array(docCount);
    this.allowedDocs = new Uint8Array(docCount);
    this.hitDocs = new DocList(docCount);
    this.bannedDocs = new DocList(docCount);
    this.allowedFound = new DocList(docCount);
  }

  /** Starts counting one required word: a document is counted once for it, whichever form or field holds it. */
  beginRequired(): void {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    this.requiredClauses++;
  }

  /** Counts a document as holding the required word being counted. */
  require(doc: number): void {
    if (this.stamps[doc] === this.stamp) return;
    this.stamps[doc] = this.stamp;
    if (this.hits[doc] === 0) this.hitDocs.push(doc);
    this.hits[doc] = this.hits[doc]! + 1;
  }

  /** Counts every document of one ascending posting list as holding the required word being counted. */
  requireAll(docs: Uint32Array): void {
    // A loop of its own, optimised on its own: inlined in the query's evaluation it ran at a tenth of the speed.
    for (let i = 0; i < docs.length; i++) this.require(docs[i]!);
  }

  /** Excludes every document of one posting list. */
  banAll(docs: Uint32Array): void {
    for (let i = 0; i < docs.length; i++) this.ban(docs[i]!);
  }

  /** A required word with no form in the archive: no document can be allowed. */
  requireNothing(): void {
    this.empty = true;
  }

  /** Excludes a document holding an excluded word. */
  ban(doc: number): void {
    if (this.banned[doc] === 1) return;
    this.banned[doc] = 1;
    this.bannedDocs.push(doc);
  }

  /** Per document, 1 where the query allows it; valid until `clear`. */
  allowed(): Uint8Array {
    if (this.empty) return this.allowedDocs; // All zeros.
    if (this.requiredClauses === 0 && this.bannedDocs.length === 0) return this.everyDoc;
    if (this.allowedWritten) return this.allowedDocs;
    this.allowedWritten = true;
    if (this.requiredClauses === 0) {
      this.allowedDocs.fill(1);
      for (let i = 0; i < this.bannedDocs.length; i++) this.allowedDocs[this.bannedDocs.docs[i]!] = 0;
      return this.allowedDocs;
    }
    for (let i = 0; i < this.hitDocs.length; i++) {
      const doc = this.hitDocs.docs[i]!;
      if (this.hits[doc] === this.requiredClauses && this.banned[doc] === 0) {
        this.allowedDocs[doc] = 1;
        this.allowedFound.push(doc);
      }
    }
    return this.allowedDocs;
  }

  /**
   * The allowed documents, ascending, when the query requires words (undefined otherwise): with every scored word
   * required, these are exactly its matches, found without merging the words' postings.
   */
  allowedList(): Uint32Array | undefined {
    if (this.empty) return new Uint32Array(0);
    if (this.requiredClauses === 0) return undefined;
    const allowed = this.allowed();
    const count = this.allowedFound.length;
    if (count * 8 > allowed.length) {
      // Common words leave tens of thousands of matches: one pass over the flags beats sorting them (26,676 of
      // 50,000 articles hold both words of "makes one": 2.6 ms sorting them).
      const found = new Uint32Array(count);
      let at = 0;
      for (let doc = 0; doc < allowed.length; doc++) if (allowed[doc] === 1) found[at++] = doc;
      return found;
    }
    // Few matches, however common one of the words (64 of 200,000 articles for "devices decorative blue", whose
    // words are in 60,000): the matches met while counting are sorted, and the archive is not scanned.
    return Uint32Array.from(this.allowedFound.docs.subarray(0, count)).sort();
  }

  /** Cleans what the query wrote, for the next one. */
  clear(): void {
    for (let i = 0; i < this.hitDocs.length; i++) this.hits[this.hitDocs.docs[i]!] = 0;
    for (let i = 0; i < this.bannedDocs.length; i++) this.banned[this.bannedDocs.docs[i]!] = 0;
    if (this.allowedWritten && this.requiredClauses === 0) this.allowedDocs.fill(0);
    else if (this.allowedWritten)
      for (let i = 0; i < this.hitDocs.length; i++) this.allowedDocs[this.hitDocs.docs[i]!] = 0;
    this.hitDocs.length = 0;
    this.bannedDocs.length = 0;
    this.allowedFound.length = 0;
    this.requiredClauses = 0;
    this.empty = false;
    this.allowedWritten = false;
  }
}
