import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { foldPunctuation, forEachToken, forEachWord, lunrTokenizer, TermAnalyzer } from './analyzer';

const tokens = (text: string) => {
  const out: { word: string; at: string; index: number }[] = [];
  forEachToken(text, (t) =>
    out.push({ word: t.word, at: text.slice(t.start, t.start + t.length), index: t.index }),
  );
  return out;
};

describe('forEachToken', () => {
  it('splits where lunr.tokenizer splits, on any text, after folding punctuation', () => {
    const piece = fc.constantFrom(
      ' ',
      '-',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '—',
      '’',
      '“',
      'a',
      'É',
      'İ',
      '.',
      ',',
      '1',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join('')),
        ),
        (text) => {
          const expected = lunr.tokenizer(foldPunctuation(text)).map(String);
          expect(tokens(text).map((t) => t.word)).toEqual(expected);
          const raw: string[] = [];
          forEachWord(text, (source, from, to) => raw.push(source.slice(from, to).toLowerCase()));
          expect(raw).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('points at the letters of each word in the original text, without surrounding punctuation', () => {
    expect(tokens('The audit praised “robust” AES-256, İstanbul’s office.')).toEqual([
      { word: 'the', at: 'The', index: 0 },
      { word: 'audit', at: 'audit', index: 1 },
      { word: 'praised', at: 'praised', index: 2 },
      { word: '"robust"', at: 'robust', index: 3 },
      { word: 'aes', at: 'AES', index: 4 },
      { word: '256,', at: '256', index: 5 },
      { word: "i̇stanbul's", at: 'İstanbul’s', index: 6 },
      { word: 'office.', at: 'office', index: 7 },
    ]);
  });

  it('folds quotes, apostrophes and dashes without changing the length of the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldPunctuation(text).length).toBe(text.length);
      }),
    );
    expect(foldPunctuation('DJI’s “Government Edition” — 2019–2020')).toBe(
      'DJI\'s "Government Edition" - 2019-2020',
    );
  });

  it('gives lunr the same tokens as its own tokenizer, with positions in the original text', () => {
    const text = 'Drones—data “security”';
    const viaLunr = lunrTokenizer(text).map((t) => [
      t.toString(),
      (t as unknown as { metadata: { position: number[] } }).metadata.position,
    ]);
    expect(viaLunr).toEqual([
      ['drones', [0, 6]],
      ['data', [7, 4]],
      ['"security"', [13, 8]],
    ]);
  });
});

describe('TermAnalyzer', () => {
  const analyzer = new TermAnalyzer();

  it('indexes a word under its stem first, then the word itself, and a possessive under its owner too', () => {
    expect(analyzer.termsOf('drones')).toEqual(['drone', 'drones']);
    expect(analyzer.termsOf("dji's")).toEqual(["dji'", "dji's", 'dji']);
    expect(analyzer.termsOf('drone')).toEqual(['drone']);
  });

  it('drops stop words and trims punctuation, as Lunr’s pipeline does', () => {
    expect(analyzer.termsOf('the')).toEqual([]);
    expect(analyzer.termsOf('u.s.')).toEqual(['u.', 'u.s']);
  });

  it('looks query words up trimmed and stemmed, so U.S. and dji’s meet the text’s terms', () => {
    expect(analyzer.queryTermsOf('u.s.')).toEqual(['u.']);
    expect(analyzer.queryTermsOf("dji's")).toEqual(["dji'"]);
    expect(analyzer.queryTermsOf('security')).toEqual(['secur']);
  });
});
