import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PassageSelectors } from './annotation';
import { anchor, anchorPassage, describePassage, MAX_QUOTE_ERROR_RATE } from './anchoring';

const ARTICLE =
  'There is no evidence that data collected by DJI drones is being transmitted to China. ' +
  'The audit found that the app encrypts flight logs with AES-256 before upload. ' +
  'DJI says operators have control over their data.';

/** A text with a range inside it, for properties that describe and re-anchor arbitrary passages. */
const textWithRange = fc
  .string({ minLength: 1, maxLength: 200, unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀') })
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
  );

describe('describePassage', () => {
  it('stores the quote with up to 32 characters of context and the offsets', () => {
    const start = ARTICLE.indexOf('AES-256');
    const selectors = describePassage(ARTICLE, start, start + 7);
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'AES-256',
      prefix: 'e app encrypts flight logs with ',
      suffix: ' before upload. DJI says operato',
    });
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + 7 });
  });

  it('keeps shorter context at the edges of the text', () => {
    const selectors = describePassage('hello world', 0, 5);
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe(' world');
  });

  it.each([
    [3, 3],
    [4, 2],
    [-1, 2],
    [0, 12],
    [0.5, 2],
    [Number.NaN, 2],
  ])('rejects the empty or out-of-range selection [%s, %s)', (start, end) => {
    expect(() => describePassage('hello world', start, end)).toThrow(RangeError);
  });
});

describe('anchorPassage', () => {
  it('finds an arbitrary passage at its own position in the unchanged text', () => {
    fc.assert(
      fc.property(textWithRange, ({ text, start, end }) => {
        expect(anchorPassage(text, describePassage(text, start, end))).toEqual({ start, end });
      }),
    );
  });

  it('follows an arbitrary passage when text is inserted before it', () => {
    fc.assert(
      fc.property(
        textWithRange,
        fc.string({ minLength: 1, maxLength: 50 }),
        ({ text, start, end }, inserted) => {
          const selectors = describePassage(text, start, end);
          const edited = inserted + text;
          const range = anchorPassage(edited, selectors);
          expect(range).not.toBeNull();
          expect(edited.slice(range!.start, range!.end)).toBe(text.slice(start, end));
        },
      ),
    );
  });

  it('moves the AES-256 highlight when a sentence is inserted before it', () => {
    const start = ARTICLE.indexOf('AES-256');
    const selectors = describePassage(ARTICLE, start, start + 7);
    const edited = 'Editor’s note: updated in March. ' + ARTICLE;
    expect(anchorPassage(edited, selectors)).toEqual({ start: start + 33, end: start + 40 });
  });

  it('picks the duplicate quote whose prefix and suffix match, not the one now at the old offset', () => {
    const text = 'the data stays local. the data goes to China.';
    const selectors = describePassage(text, 22, 30);
    // The 22 inserted characters move the first "the data" exactly onto the old offset of the second.
    const edited = 'Updated in March 2021 ' + text;
    expect(anchorPassage(edited, selectors)).toEqual({ start: 44, end: 52 });
  });

  it('uses the old position to choose between duplicates whose context is identical', () => {
    const text = 'ab ab ab ab ab';
    const selectors: PassageSelectors = {
      quote: { type: 'TextQuoteSelector', exact: 'ab', prefix: ' ', suffix: ' ' },
      position: { type: 'TextPositionSelector', start: 8, end: 10 },
    };
    expect(anchorPassage(text, selectors)).toEqual({ start: 9, end: 11 });
  });

  it('returns null when the quoted passage was deleted', () => {
    const start = ARTICLE.indexOf('AES-256');
    const selectors = describePassage(ARTICLE, start, start + 7);
    expect(anchorPassage(ARTICLE.replace('AES-256', 'strong encryption'), selectors)).toBeNull();
  });

  it('never trusts stored offsets that run past the text or do not span the quote exactly', () => {
    const at = (start: number, end: number) =>
      anchor(
        ')',
        {
          quote: { type: 'TextQuoteSelector', exact: ')', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end },
          textHash: 'h',
        },
        'h',
      )?.range;
    expect(at(0, 2)).toEqual({ start: 0, end: 1 });
    expect(at(-1, 1)).toEqual({ start: 0, end: 1 });
    expect(at(0, 1)).toEqual({ start: 0, end: 1 });
  });

  it('never throws on hostile selectors and only returns ranges that hold the quote', () => {
    const hostile = fc.record({
      quote: fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: fc.string({ maxLength: 4 }),
        prefix: fc.string({ maxLength: 40 }),
        suffix: fc.string({ maxLength: 40 }),
      }),
      position: fc.record({
        type: fc.constant('TextPositionSelector' as const),
        start: fc.oneof(fc.integer(), fc.double()),
        end: fc.oneof(fc.integer(), fc.double()),
      }),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        hostile,
        fc.string({ maxLength: 20 }),
        (text, selectors, hash) => {
          const found = anchor(text, { ...selectors, textHash: hash }, hash);
          if (found === null) return;
          const { start, end } = found.range;
          expect(0 <= start && start < end && end <= text.length).toBe(true);
          const allowed = Math.floor(selectors.quote.exact.length * MAX_QUOTE_ERROR_RATE);
          expect(editDistance(text.slice(start, end), selectors.quote.exact)).toBeLessThanOrEqual(allowed);
        },
      ),
    );
  });
});

describe('anchor', () => {
  it('trusts the stored offsets only when the text is the one they were made on and they still hold the quote', () => {
    const start = ARTICLE.indexOf('AES-256');
    const target = { ...describePassage(ARTICLE, start, start + 7), textHash: 'h1' };
    expect(anchor(ARTICLE, target, 'h1')).toEqual({
      range: { start, end: start + 7 },
      method: 'position',
      score: 1,
    });
    expect(anchor(`x${ARTICLE}`, target, 'h1')?.method).toBe('exact');
  });

  it('finds a passage whose words were corrected since, and says it matched approximately', () => {
    const text =
      'The audit found that the app encrypts flight logs with AES-256 before upload to the servers.';
    const start = text.indexOf('encrypts flight logs');
    const target = describePassage(text, start, start + 'encrypts flight logs'.length);
    const edited = text.replace('encrypts flight logs', 'encrypts flight-log files');
    const found = anchor(edited, target);
    expect(found?.method).toBe('approximate');
    expect(edited.slice(found!.range.start, found!.range.end)).toMatch(/^encrypts flight-log/);
  });

  it('makes an orphan of a quote found only in a place whose context has nothing in common', () => {
    const text = 'Operators keep control of their data, DJI says, and the logs stay on the device.';
    const start = text.indexOf('the logs');
    const target = describePassage(text, start, start + 'the logs'.length);
    const elsewhere = 'Completely different reporting mentions the logs once, with other words around them.';
    expect(anchor(elsewhere, target)).toBeNull();
  });

  it('re-anchors exactly any passage when the text changes only away from it and its context', () => {
    fc.assert(
      fc.property(
        textWithRange,
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        ({ text, start, end }, head, tail) => {
          const target = describePassage(text, start, end);
          const edited = head + text + tail;
          const found = anchor(edited, target);
          expect(found).not.toBeNull();
          expect(edited.slice(found!.range.start, found!.range.end)).toBe(text.slice(start, end));
        },
      ),
    );
  });
});

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
