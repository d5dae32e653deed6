import { normalizeRanges } from '../snippet';
import type { TextRange } from '../../articles/text-range';
import { forEachToken, type TermAnalyzer } from './analyzer';
import type { Phrase } from './query-plan';

/** The index terms a query matched in one field: anything that answers whether it holds a term. */
export interface MatchedTerms {
  has(term: string): boolean;
}

/**
 * The union of several term collections, read where they are: a wildcard's expansion has thousands of terms,
 * and copying them into one set for every query cost more than the highlighting it served.
 */
export function unionOfTerms(parts: readonly MatchedTerms[]): MatchedTerms {
  return { has: (term) => parts.some((part) => part.has(term)) };
}

/**
 * Whether a word (as tokenized) is one of a query's matched terms, and its stem; one per query, caching both per
 * distinct word, since the bodies shown repeat their words and each other's.
 */
export class WordMatcher {
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly terms: MatchedTerms,
    private readonly analyzer: TermAnalyzer,
  ) {}

  /** Whether any index term of the word was matched. */
  matches(word: string): boolean {
    let matched = this.known.get(word);
    if (matched === undefined) {
      matched = this.analyzer.termsOf(word).some((term) => this.terms.has(term));
      this.known.set(word, matched);
    }
    return matched;
  }

  /** The word's stem (its first index term); undefined for a stop word. */
  stem(word: string): string | undefined {
    return this.analyzer.termsOf(word)[0];
  }
}

/**
 * Where a text matches: every word one of whose index terms is in `terms`, and every occurrence of a phrase
 * (from its first word to its last, stop words between included). Recomputed from the text instead of stored,
 * since only the few articles on screen need it.
 */
export function highlightRanges(text: string, matcher: WordMatcher, phrases: readonly Phrase[]): TextRange[] {
  const ranges: TextRange[] = [];
  const stems: (string | undefined)[] = [];
  const spans: TextRange[] = [];
  const wanted = phrases.filter((p) => !p.excluded && p.items.length > 0);
  forEachToken(text, (token) => {
    const span = { start: token.start, end: token.start + token.length };
    if (matcher.matches(token.word)) ranges.push(span);
    if (wanted.length > 0) {
      stems[token.index] = matcher.stem(token.word);
      spans[token.index] = span;
    }
  });
  for (const phrase of wanted) {
    const last = phrase.items.at(-1)!.offset;
    for (let at = 0; at + last < stems.length; at++) {
      if (phrase.items.every((item) => stems[at + item.offset] === item.stem)) {
        ranges.push({ start: spans[at]!.start, end: spans[at + last]!.end });
      }
    }
  }
  return normalizeRanges(ranges);
}

/** Whether a document's token positions hold a phrase: each word at its offset from some start. */
export function hasPhrase(
  positions: readonly (Uint32Array | undefined)[],
  phrase: Phrase,
  /** How many of each list's entries are its positions (the whole list when absent). */
  lengths?: ArrayLike<number>,
): boolean {
  const first = positions[0];
  if (first === undefined) return false;
  const items = phrase.items;
  for (let i = 1; i < items.length; i++) if (positions[i] === undefined) return false;
  const firstLength = lengths?.[0] ?? first.length;
  // Plain loops, no callbacks: a phrase of two common words is checked in thousands of documents per query.
  starts: for (let p = 0; p < firstLength; p++) {
    const start = first[p]!;
    for (let i = 1; i < items.length; i++) {
      const list = positions[i]!;
      if (!includesSorted(list, lengths?.[i] ?? list.length, start + items[i]!.offset)) continue starts;
    }
    return true;
  }
  return false;
}

function includesSorted(list: Uint32Array, length: number, value: number): boolean {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < length && list[lo] === value;
}
