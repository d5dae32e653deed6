// An article body tokenized once and kept: where each word is and what its index terms are. Highlighting a query
// in it is then a set lookup per distinct word and a loop over typed arrays, instead of tokenizing and analysing
// the whole body again for every query (measured: 80% of a search's time with 20 results went to that).
import { normalizeRanges } from '../snippet';
import type { TextRange } from '../../articles/text-range';
import { forEachToken, type TermAnalyzer } from './analyzer';
import type { Phrase } from './query-plan';

/** A body's tokens: offsets in typed arrays, each pointing at one of the body's distinct words. */
export class BodyTokens {
  /** Each index term, with the distinct words having it. */
  private readonly wordsOfTerm = new Map<string, number[]>();
  /** The tokens of each distinct word, grouped by word: those of word w are at [tokenStart[w], tokenStart[w+1]). */
  private readonly tokenStart: Uint32Array;
  private readonly tokensByWord: Uint32Array;

  private constructor(
    /** Each distinct word's index terms (stem first; empty for a stop word). */
    private readonly terms: readonly (readonly string[])[],
    /** For each token, the index of its distinct word. */
    private readonly wordOf: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {
    terms.forEach((wordTerms, word) => {
      for (const term of wordTerms) {
        const words = this.wordsOfTerm.get(term);
        if (words === undefined) this.wordsOfTerm.set(term, [word]);
        else if (words.at(-1) !== word) words.push(word);
      }
    });
    // A counting sort of the tokens by word: highlighting then reads only the tokens of the words that matched.
    this.tokenStart = new Uint32Array(terms.length + 1);
    for (const word of wordOf) this.tokenStart[word + 1]!++;
    for (let w = 0; w < terms.length; w++) this.tokenStart[w + 1]! += this.tokenStart[w]!;
    const next = this.tokenStart.slice(0, terms.length);
    this.tokensByWord = new Uint32Array(wordOf.length);
    wordOf.forEach((word, token) => (this.tokensByWord[next[word]!++] = token));
  }

  /** Tokenizes a body as highlightRanges does: Lunr's tokenizer, offsets into the original text. */
  static of(text: string, analyzer: TermAnalyzer): BodyTokens {
    const index = new Map<string, number>();
    const terms: (readonly string[])[] = [];
    const wordOf: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    forEachToken(text, (token) => {
      let id = index.get(token.word);
      if (id === undefined) {
        id = terms.length;
        index.set(token.word, id);
        terms.push(analyzer.termsOf(token.word));
      }
      // Tokens are numbered without gaps, so the arrays' positions are the token indexes phrases count in.
      wordOf.push(id);
      starts.push(token.start);
      ends.push(token.start + token.length);
    });
    return new BodyTokens(terms, Uint32Array.from(wordOf), Uint32Array.from(starts), Uint32Array.from(ends));
  }

  /** Number of tokens. */
  get length(): number {
    return this.wordOf.length;
  }

  /**
   * The same ranges as highlightRanges over the body: every word one of whose terms is in `matched`, and every
   * occurrence of a wanted phrase from its first word to its last. The matched words are found from whichever is
   * smaller, the matched terms or the body's words, and only their tokens are read.
   */
  ranges(matched: ReadonlySet<string>, phrases: readonly Phrase[]): TextRange[] {
    const hit = new Uint8Array(this.terms.length);
    if (matched.size < this.terms.length) {
      for (const term of matched) for (const word of this.wordsOfTerm.get(term) ?? []) hit[word] = 1;
    } else {
      this.terms.forEach((terms, word) => {
        if (terms.some((term) => matched.has(term))) hit[word] = 1;
      });
    }
    const ranges: TextRange[] = [];
    for (let word = 0; word < hit.length; word++) {
      if (hit[word] === 0) continue;
      for (let i = this.tokenStart[word]!; i < this.tokenStart[word + 1]!; i++) {
        const t = this.tokensByWord[i]!;
        ranges.push({ start: this.starts[t]!, end: this.ends[t]! });
      }
    }
    for (const phrase of phrases) {
      if (phrase.excluded || phrase.items.length === 0) continue;
      const last = phrase.items.at(-1)!.offset;
      const first = phrase.items[0]!;
      // Only the tokens of words whose stem is the phrase's first can start it.
      for (const word of this.wordsOfTerm.get(first.stem) ?? []) {
        if (this.terms[word]![0] !== first.stem) continue;
        for (let i = this.tokenStart[word]!; i < this.tokenStart[word + 1]!; i++) {
          const at = this.tokensByWord[i]! - first.offset;
          if (at < 0 || at + last >= this.wordOf.length) continue;
          if (phrase.items.every((item) => this.terms[this.wordOf[at + item.offset]!]![0] === item.stem)) {
            ranges.push({ start: this.starts[at]!, end: this.ends[at + last]! });
          }
        }
      }
    }
    return normalizeRanges(ranges);
  }
}

/** A least-recently-used cache of tokenized bodies by article id. */
export class BodyTokenCache {
  private readonly entries = new Map<string, BodyTokens>();

  constructor(
    private readonly analyzer: TermAnalyzer,
    private readonly capacity = 2_000,
  ) {}

  /** The tokens of article `id`, whose body is `text`, tokenizing it on first use. */
  get(id: string, text: string): BodyTokens {
    let tokens = this.entries.get(id);
    if (tokens !== undefined) {
      // Re-inserting moves the entry to the end: the Map's order is least recently used first.
      this.entries.delete(id);
    } else {
      tokens = BodyTokens.of(text, this.analyzer);
      for (const oldest of this.entries.keys()) {
        if (this.entries.size < this.capacity) break;
        this.entries.delete(oldest);
      }
    }
    this.entries.set(id, tokens);
    return tokens;
  }
}
