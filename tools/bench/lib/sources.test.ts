import { describe, expect, it } from 'vitest';
import { detokenizeBrown, MAX_PASSAGE_WORDS, sentences, textSources } from './sources';

const ASCII = { quotes: 'ascii', dash: ' -- ' } as const;
const SMART = { quotes: 'smart', dash: '—' } as const;

describe('detokenizeBrown', () => {
  it('joins tagged words into text with punctuation attached and quotes typeset', () => {
    const line =
      "\tThe/at jury/nn said/vbd ``/`` it's/pps+bez Atlanta's/np$ turn/nn ''/'' ,/, and/cc left/vbd ./.";
    expect(detokenizeBrown(line, ASCII).text).toBe('The jury said "it\'s Atlanta\'s turn", and left.');
    expect(detokenizeBrown(line, SMART).text).toBe('The jury said “it’s Atlanta’s turn”, and left.');
  });

  it('sets dashes in the publication style and prints doubled end marks once', () => {
    const line = 'It/pps came/vbd --/-- too/ql late/rb ;/. ;/.';
    expect(detokenizeBrown(line, ASCII).text).toBe('It came -- too late;');
    expect(detokenizeBrown(line, SMART).text).toBe('It came—too late;');
  });

  it('recognises a headline by its -hl tags', () => {
    expect(detokenizeBrown('Merger/nn-hl proposed/vbn-hl', ASCII)).toEqual({
      text: 'Merger proposed',
      headline: true,
    });
    expect(detokenizeBrown('The/at U.S./np-tl Army/nn-tl', ASCII).headline).toBe(false);
  });
});

describe('sentences', () => {
  it('splits at end marks before a capital but not after initials or titles', () => {
    expect(sentences('Mr. Smith went to the U.S. Army base. He left. “Why?” she asked! Then what')).toEqual([
      'Mr. Smith went to the U.S. Army base.',
      'He left.',
      '“Why?” she asked!',
      'Then what',
    ]);
  });
});

describe('textSources', () => {
  it('reads seven publications of real text from the three packages, each with whole passages', () => {
    const sources = textSources();
    expect(sources.map((s) => s.name)).toEqual([
      'Evening Courier',
      'Meridian Review',
      'Hearth & Home',
      'Science & Policy Quarterly',
      'Story Weekly',
      'Netlist Digest',
      'Open Forum',
    ]);
    for (const source of sources) {
      expect(source.words).toBeGreaterThan(100_000);
      expect(source.passages[0]?.docStart).toBe(true);
      for (const p of source.passages) {
        expect(p.text).toBe(p.text.trim());
        expect(p.words).toBeGreaterThan(0);
        expect(p.words).toBeLessThanOrEqual(MAX_PASSAGE_WORDS);
      }
    }
    const total = sources.reduce((sum, s) => sum + s.words, 0);
    expect(total).toBeGreaterThan(2_000_000);
  }, 60_000);

  it('keeps the text real: Brown opens with the Fulton County jury, e-mail prose has no quoted replies', () => {
    const [courier] = textSources();
    expect(courier?.passages[0]?.text).toMatch(/^The Fulton County Grand Jury said Friday/);
    const email = textSources().find((s) => s.name === 'Netlist Digest');
    expect(email?.passages.some((p) => /^>/.test(p.text) || /https?:/.test(p.text))).toBe(false);
  }, 60_000);
});
