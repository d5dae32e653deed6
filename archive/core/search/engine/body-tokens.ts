// An article body tokenized once and kept: where each word is and what its index terms are. Highlighting a query
// in it is then a set lookup per distinct word and a loop over typed arrays, instead of tokenizing and analysing
// the whole body again for every query (measured: 80% of a search's time with 20 results went to that).
import { normalizeRanges } from '../snippet';
import type { TextRange } from '../../articles/text-range';
import { forEachSpan, type TermAnalyzer } from './analyzer';
import type { MatchedTerms } from './highlight';
import type { Phrase } from './query-plan';

/** A body's tokens: offsets in typed arrays, each pointing at one of the body's distinct words. */
export class BodyTokens {
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
    // A counting sort of the tokens by word: highlighting then reads only the tokens of the words that matched.
    this.tokenStart = new Uint32Array(terms.length + 1);
    for (const word of wordOf) this.tokenStart[word + 1]!++;
    for (let w = 0; w < terms.length; w++) this.tokenStart[w + 1]! += this.tokenStart[w]!;
    const next = this.tokenStart.slice(0, terms.length);
    this.tokensByWord = new Uint32Array(wordOf.length);
    wordOf.forEach((word, token) => (this.tokensByWord[next[word]!++] = token));
  }

  /**
   * Tokenizes a body as highlightRanges does: Lunr's tokenizer, offsets into the original text. Every word of a
   * result's body passes here on its first search (most of a first search's time, measured), so nothing is
   * allocated per token but the word itself.
   */
  static of(text: string, analyzer: TermAnalyzer): BodyTokens {
    const index = new Map<string, number>();
    const terms: (readonly string[])[] = [];
    // Each token takes at least one character (Chinese or Thai words can be one, with no space between them).
    const capacity = text.length;
    const wordOf = new Uint32Array(capacity);
    const starts = new Uint32Array(capacity);
    const ends = new Uint32Array(capacity);
    let count = 0;
    forEachSpan(text, (word, start, length) => {
      let id = index.get(word);
      if (id === undefined) {
        id = terms.length;
        index.set(word, id);
        terms.push(analyzer.termsOf(word));
      }
      // Tokens are numbered without gaps, so the arrays' positions are the token indexes phrases count in.
      wordOf[count] = id;
      starts[count] = start;
      ends[count++] = start + length;
    });
    return new BodyTokens(terms, wordOf.slice(0, count), starts.slice(0, count), ends.slice(0, count));
  }

  /** Number of tokens. */
  get length(): number {
    return this.wordOf.length;
  }

  /**
   * The same ranges as highlightRanges over the body: every word one of whose terms is in `matched`, and every
   * occurrence of a wanted phrase from its first word to its last. Each distinct word is looked up once, and only
   * the tokens of the words that matched are read.
   */
  ranges(matched: MatchedTerms, phrases: readonly Phrase[]): TextRange[] {
    const ranges: TextRange[] = [];
    const { terms, tokenStart, tokensByWord } = this;
    for (let word = 0; word < terms.length; word++) {
      if (!terms[word]!.some((term) => matched.has(term))) continue;
      for (let i = tokenStart[word]!; i < tokenStart[word + 1]!; i++) {
        const t = tokensByWord[i]!;
        ranges.push({ start: this.starts[t]!, end: this.ends[t]! });
      }
    }
    for (const phrase of phrases) {
      if (phrase.excluded || phrase.items.length === 0) continue;
      const last = phrase.items.at(-1)!.offset;
      const first = phrase.items[0]!;
      // Only the tokens of words whose stem is the phrase's first can start it.
      for (let word = 0; word < terms.length; word++) {
        if (terms[word]![0] !== first.stem) continue;
        for (let i = tokenStart[word]!; i < tokenStart[word + 1]!; i++) {
          const at = tokensByWord[i]! - first.offset;
          if (at < 0 || at + last >= this.wordOf.length) continue;
          if (phrase.items.every((item) => terms[this.wordOf[at + item.offset]!]![0] === item.stem)) {
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
