// An article body tokenized once and kept: where each word is and what its index terms are. Highlighting a query
// in it is then a set lookup per distinct word and a loop over typed arrays, instead of tokenizing and analysing
// the whole body again for every query (measured: 80% of a search's time with 20 results went to that).
import { normalizeRanges } from '../snippet';
import type { TextRange } from '../../articles/text-range';
import { forEachToken, type TermAnalyzer } from './analyzer';
import type { Phrase } from './query-plan';

/** A body's tokens: offsets in typed arrays, each pointing at one of the body's distinct words. */
export class BodyTokens {
  private constructor(
    /** Each distinct word's index terms (stem first; empty for a stop word). */
    private readonly terms: readonly (readonly string[])[],
    /** For each token, the index of its distinct word. */
    private readonly wordOf: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}

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
   * occurrence of a wanted phrase from its first word to its last.
   */
  ranges(matched: ReadonlySet<string>, phrases: readonly Phrase[]): TextRange[] {
    const hit = this.terms.map((terms) => terms.some((term) => matched.has(term)));
    const ranges: TextRange[] = [];
    for (let t = 0; t < this.wordOf.length; t++) {
      if (hit[this.wordOf[t]!]) ranges.push({ start: this.starts[t]!, end: this.ends[t]! });
    }
    for (const phrase of phrases) {
      if (phrase.excluded || phrase.items.length === 0) continue;
      const last = phrase.items.at(-1)!.offset;
      for (let at = 0; at + last < this.wordOf.length; at++) {
        if (phrase.items.every((item) => this.terms[this.wordOf[at + item.offset]!]![0] === item.stem)) {
          ranges.push({ start: this.starts[at]!, end: this.ends[at + last]! });
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
