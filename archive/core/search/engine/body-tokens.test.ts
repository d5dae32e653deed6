import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachToken, TermAnalyzer } from './analyzer';
import { BodyTokenCache, BodyTokens } from './body-tokens';
import { highlightRanges, WordMatcher } from './highlight';
import type { Phrase } from './query-plan';

const analyzer = new TermAnalyzer();
const vocabulary = [
  'drone',
  'drones',
  'data',
  'the',
  'of',
  'U.S.',
  'DJI’s',
  'flight-log',
  '“audit”',
  'İstanbul',
  'é',
  '🛸',
  'and',
];
const text = fc
  .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '  ', '\n\n', ' - ', ', ')), {
    maxLength: 60,
  })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
const stemOf = (word: string) => analyzer.termsOf(word.toLowerCase())[0];
const phrase = fc
  .tuple(
    fc.array(fc.constantFrom('drone', 'data', 'the', 'flight', 'audit'), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([words, excluded]): Phrase => {
    const items = words.flatMap((w, offset) =>
      stemOf(w) === undefined ? [] : [{ stem: stemOf(w)!, offset }],
    );
    return { text: words.join(' '), fields: ['body'], excluded, items };
  });

describe('BodyTokens', () => {
  it('highlights exactly what highlightRanges does, for any text, matched terms and phrases', () => {
    fc.assert(
      fc.property(
        text,
        fc.subarray(['drone', 'data', 'us', 'dji', 'flight', 'log', 'audit', 'istanbul', 'é', 'drones']),
        fc.array(phrase, { maxLength: 2 }),
        (body, terms, phrases) => {
          const matched = new Set(terms.flatMap((t) => analyzer.termsOf(t)));
          const expected = highlightRanges(body, new WordMatcher(matched, analyzer), phrases);
          expect(BodyTokens.of(body, analyzer).ranges(matched, phrases)).toEqual(expected);
        },
      ),
    );
  });

  it('keeps every word of scripts written without spaces, where a word can be one character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('的', '了', '是', '我', '中国', '人', 'ก', 'ไทย', ' '), { maxLength: 40 }),
        (chars) => {
          const body = chars.join('');
          const words: string[] = [];
          forEachToken(body, (token) => words.push(token.word));
          const tokens = BodyTokens.of(body, analyzer);
          expect(tokens.length).toBe(words.length);
          const matched = new Set(words.flatMap((w) => analyzer.termsOf(w)));
          expect(tokens.ranges(matched, [])).toEqual(
            highlightRanges(body, new WordMatcher(matched, analyzer), []),
          );
        },
      ),
    );
  });

  it('ignores excluded phrases, as highlightRanges does', () => {
    const tokens = BodyTokens.of('drone data drone', analyzer);
    const excluded: Phrase = {
      text: 'drone data',
      fields: ['body'],
      excluded: true,
      items: [
        { stem: 'drone', offset: 0 },
        { stem: 'data', offset: 1 },
      ],
    };
    expect(tokens.ranges(new Set(), [excluded])).toEqual([]);
  });
});

describe('BodyTokenCache', () => {
  it('tokenizes a body once and forgets the least recently used beyond its capacity', () => {
    const cache = new BodyTokenCache(analyzer, 2);
    const a = cache.get('a', 'drone data');
    expect(cache.get('a', 'drone data')).toBe(a);
    const b = cache.get('b', 'b');
    cache.get('a', 'drone data');
    cache.get('c', 'c');
    expect(cache.get('a', 'drone data')).toBe(a);
    expect(cache.get('b', 'b')).not.toBe(b);
  });
});
