// manifest.json holds every article's metadata (7 MB for 50,000 articles). Waiting for all of it and parsing it
// in one piece would hold the library back for the whole download and parse, so the search worker reads it as
// it streams in: this scanner finds where each element of the top-level "articles" array starts and ends, so
// the first articles can be parsed and shown while the rest are still on their way.

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Raised when the text cannot be one JSON document; the message says what is wrong. */
export class ManifestSyntaxError extends Error {
  override name = 'ManifestSyntaxError';
}

/**
 * Splits a manifest's JSON text, fed in chunks of any size, into the text of each element of its top-level
 * "articles" array and the rest of the document (with that array left empty). It follows only nesting and
 * strings: each piece's own syntax is checked by JSON.parse.
 */
export class ManifestScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The parts of a string being read at depth 1 (it may be a key), across chunks; null otherwise. */
  private key: string[] | null = null;
  private lastString = '';
  private currentKey = '';
  private inArticles = false;
  /** A comma has been read in the articles array and no element after it yet. */
  private afterComma = false;
  /** The parts of the article element being read, across chunks; null between elements. */
  private element: string[] | null = null;
  private readonly rest: string[] = [];

  /** Reads the next chunk of text; returns the text of every article element it completed. */
  feed(chunk: string): string[] {
    const completed: string[] = [];
    // Where, in this chunk, the piece being collected started (-1: none is being collected).
    let restFrom = this.inArticles ? -1 : 0;
    let elementFrom = this.element === null ? -1 : 0;
    let keyFrom = this.key === null ? -1 : 0;
    // Strings are most of the text: they are skipped with indexOf, from one quote or backslash to the next.
    let nextBackslash = chunk.indexOf('\\');
    for (let i = 0; i < chunk.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          continue;
        }
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf('\\', i);
        const quote = chunk.indexOf('"', i);
        if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
          this.escaped = true;
          i = nextBackslash;
          continue;
        }
        if (quote === -1) break;
        i = quote;
        this.inString = false;
        if (this.key !== null) {
          this.key.push(chunk.slice(keyFrom, i));
          this.lastString = this.key.join('');
          this.key = null;
          keyFrom = -1;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (this.inArticles && this.depth === 2) {
        if (c === COMMA || c === CLOSE_ARRAY) {
          if (this.element !== null) {
            this.element.push(chunk.slice(elementFrom, i));
            completed.push(this.element.join('').trim());
            this.element = null;
            elementFrom = -1;
          } else if (c === COMMA || this.afterComma) {
            throw new ManifestSyntaxError('an element of "articles" is missing');
          }
          this.afterComma = c === COMMA;
          if (c === CLOSE_ARRAY) {
            this.inArticles = false;
            this.depth = 1;
            this.rest.push(']');
            restFrom = i + 1;
          }
          continue;
        }
        if (this.element === null && !isSpace(c)) {
          this.element = [];
          elementFrom = i;
        }
      }
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1) {
            this.key = [];
            keyFrom = i + 1;
          }
          break;
        case OPEN_ARRAY:
          if (this.depth === 1 && this.currentKey === 'articles' && !this.inArticles) {
            this.inArticles = true;
            this.rest.push(chunk.slice(restFrom, i + 1));
            restFrom = -1;
          }
          this.depth++;
          break;
        case OPEN_OBJECT:
          this.depth++;
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          if (this.depth === 0) throw new ManifestSyntaxError(`"${chunk[i]}" closes nothing`);
          this.depth--;
          break;
        case COLON:
          if (this.depth === 1) this.currentKey = this.lastString;
          break;
        case COMMA:
          if (this.depth === 1) this.currentKey = '';
          break;
      }
    }
    if (this.key !== null) this.key.push(chunk.slice(keyFrom));
    if (this.element !== null) this.element.push(chunk.slice(elementFrom));
    if (restFrom >= 0) this.rest.push(chunk.slice(restFrom));
    return completed;
  }

  /** The rest of the document, parsed, once all of it has been fed; throws if the text was not whole JSON. */
  finish(): unknown {
    if (this.inString || this.depth !== 0) throw new ManifestSyntaxError('the text ends inside the document');
    try {
      return JSON.parse(this.rest.join(''));
    } catch (error) {
      throw new ManifestSyntaxError(error instanceof Error ? error.message : String(error));
    }
  }
}
