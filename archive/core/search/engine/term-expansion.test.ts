import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { TermDictionary } from './segment-reader';
import { expandTerm, MAX_EXPANDED_TERMS } from './term-expansion';

// Part of lunr's runtime API but missing from @types/lunr.
interface LunrTokenSet {
  intersect(other: LunrTokenSet): LunrTokenSet;
  toArray(): string[];
}
const TokenSet = lunr.TokenSet as unknown as {
  fromArray(words: string[]): LunrTokenSet;
  fromClause(clause: { term: string; editDistance?: number }): LunrTokenSet;
};

function dictionary(words: readonly string[]): TermDictionary {
  const terms = [...new Set(words)].sort();
  return {
    termCount: terms.length,
    term: (rank) => terms[rank]!,
    termLength: (rank) => terms[rank]!.length,
    charAt: (rank, depth) => terms[rank]!.charCodeAt(depth),
  };
}

function expanded(words: readonly string[], term: string, editDistance?: number): string[] {
  const dict = dictionary(words);
  return expandTerm(dict, { term, editDistance })
    .ranks.map((rank) => dict.term(rank))
    .sort();
}

function lunrExpanded(words: readonly string[], term: string, editDistance?: number): string[] {
  const index = TokenSet.fromArray([...new Set(words)].sort());
  const clause = { term, ...(editDistance === undefined ? {} : { editDistance }) };
  return index.intersect(TokenSet.fromClause(clause)).toArray().sort();
}

const letters = fc.constantFrom('a', 'b', 'c', 'd', 'é');
const wordArb = fc.array(letters, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));

describe('expandTerm', () => {
  it('accepts exactly the words Lunr’s fuzzy automaton accepts, for every edit distance up to 2', () => {
    fc.assert(
      fc.property(
        fc.array(wordArb, { minLength: 1, maxLength: 40 }),
        wordArb,
        fc.integer({ min: 0, max: 2 }),
        (words, term, edits) => {
          expect(expanded(words, term, edits)).toEqual(lunrExpanded(words, term, edits));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('matches wildcards anywhere in a word as Lunr does', () => {
    const pattern = fc
      .array(fc.oneof(letters, fc.constant('*')), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(wordArb, { minLength: 1, maxLength: 40 }), pattern, (words, term) => {
        expect(expanded(words, term)).toEqual(lunrExpanded(words, term));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a plain term only when the dictionary holds exactly it', () => {
    expect(expanded(['data', 'database', 'dat'], 'data')).toEqual(['data']);
    expect(expanded(['database'], 'data')).toEqual([]);
  });

  it('expands a 300-letter word with two edits without building Lunr’s exponential automaton', () => {
    const words = [...Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}ord`), 'a'.repeat(297) + 'b'];
    const result = expandTerm(dictionary(words), { term: 'a'.repeat(298), editDistance: 2 });
    expect(result.ranks.map((rank) => [...words].sort()[rank])).toEqual(['a'.repeat(297) + 'b']);
    expect(result.capped).toBe(false);
  });

  it('caps a wildcard that would expand to more terms than a query may score, and says so', () => {
    const words = Array.from({ length: MAX_EXPANDED_TERMS + 10 }, (_, i) => `se${i.toString(36)}`);
    const result = expandTerm(dictionary(words), { term: 'se*' });
    expect(result.capped).toBe(true);
    expect(result.ranks.length).toBe(MAX_EXPANDED_TERMS);
  });
});
