import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, EXCERPT_LENGTH, readingMinutes, summariseArticle } from './article-summary';

describe('countWords', () => {
  it('counts words, not punctuation, and keeps contractions, abbreviations and hyphenated words whole', () => {
    expect(countWords('DJI’s U.S. audit — a three-part test, 2021.')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });

  it('counts what the word pattern matches, in any script, with joiners, marks and lone surrogates', () => {
    const pattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
    const pieces = [
      'a',
      'Z',
      '5',
      ' ',
      '.',
      '-',
      "'",
      '’',
      'é',
      'Ж',
      '中',
      '\u0301',
      '𝐀',
      '\ud800',
      '!',
      '\n',
      '٣',
      '_',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.constantFrom(...pieces)).map((p) => p.join('')),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          expect(countWords(text)).toBe(text.match(pattern)?.length ?? 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('summariseArticle', () => {
  it('takes the first paragraph long enough to say something, and cuts it at a word with an ellipsis', () => {
    const long =
      'The audit was carried out on the Government Edition Mavic Pro, and it found no evidence whatsoever that flight data went anywhere unexpected, in any of the tests run by the firm over the two weeks of the engagement in the spring.';
    const summary = summariseArticle([
      { kind: 'heading', text: 'Findings' },
      { kind: 'paragraph', text: 'Short.' },
      { kind: 'paragraph', text: long },
    ]);
    expect(summary.excerpt.endsWith('…')).toBe(true);
    expect(summary.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(long.startsWith(summary.excerpt.slice(0, -1))).toBe(true);
    expect(summary.words).toBe(1 + 1 + countWords(long));
  });

  it('never exceeds the length, never throws, and an empty body gives an empty excerpt', () => {
    expect(summariseArticle([])).toEqual({ words: 0, excerpt: '' });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ kind: fc.constantFrom('heading', 'paragraph', 'list-item'), text: fc.string() }),
        ),
        (blocks) => {
          const s = summariseArticle(blocks as never);
          expect(s.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
          expect(s.words).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes, never below one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(800)).toBe(3);
  });
});
